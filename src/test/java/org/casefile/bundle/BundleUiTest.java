package org.casefile.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.casefile.app.Theme;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.Intake;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentRecord;
import org.casefile.incident.Incidents;
import org.casefile.settings.Settings;
import org.casefile.ui.FxWait;
import org.casefile.ui.Screenshots;
import org.casefile.ui.UiStore;
import org.casefile.ui.Views;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Bundle tab: choose a kind and reorder sections, see an estimate, make the PDF, open it in the viewer. */
@ExtendWith(ApplicationExtension.class)
class BundleUiTest {
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private UiStore store;
    private Stage stage;
    private Path target;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        store = new UiStore("bundle", stage);
        target = store.dir.resolve("court-bundle.pdf");
    }

    @AfterEach
    void close(FxRobot robot) {
        store.close(robot);
    }

    @Test
    void aCaseworkerMakesACourtBundleAndOpensIt(FxRobot robot) throws Exception {
        var w = store.workspace;
        ClientRecord client = w.clients().create(ClientFixtures.lucja());
        IncidentRecord first = w.incidents().record(client.id(), Incidents.on(LocalDate.now().minusDays(9), Behaviour.FOLLOWING));
        w.incidents().record(client.id(), Incidents.on(LocalDate.now().minusDays(3), Behaviour.MESSAGES));
        w.exhibits().receive(client.id(), "car.jpg", Exhibits.jpeg(800, 600),
                new Intake("JS", first.id(), new Acquisition("The client", "Emailed", "Phone"), "Photo of his car"));

        robot.interact(() -> {
            BundleController controller = new BundleController(w, client.id(), MaracSources.NOTHING_RECORDED,
                    opened::add, suggested -> target);
            Parent view = Views.load("Bundle.fxml", controller);
            Scene scene = new Scene(new BorderPane(view), 1100, 760);
            Theme.apply(Settings.Theme.LIGHT, scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        waitForText(robot, "#estimate", "About");

        ListView<BundleController.SectionChoice> sections = robot.lookup("#sections").queryListView();
        assertThat(sections.getItems().subList(0, 4)).extracting(Object::toString)
                .containsExactly("Chronology", "Incident accounts", "Exhibits", "Integrity manifest");
        robot.clickOn("Incident accounts");
        robot.clickOn("#down");
        FxWait.until(() -> sections.getItems().get(2).toString().equals("Incident accounts"), "accounts moved down");
        ComboBox<RedactionProfile> profile = robot.lookup("#profile").queryComboBox();
        assertThat(profile.getValue()).isEqualTo(RedactionProfile.STRICT);
        Screenshots.save(stage.getScene(), "bundle-screen");

        robot.clickOn("#make");
        FxWait.until(() -> robot.lookup("#open").tryQuery().map(n -> n.isVisible()).orElse(false), "the bundle to be made");
        Label message = robot.lookup("#message").queryAs(Label.class);
        assertThat(message.getText()).contains("pages", "SHA-256");
        assertThat(target).exists();
        assertThat(Files.size(target)).isGreaterThan(1000);

        robot.clickOn("#open");
        FxWait.until(() -> opened.contains(target), "the viewer to be asked to open the bundle");
        CheckBundle.passes(target, "14 Larkspur Close", "07700 900123");
    }

    private static void waitForText(FxRobot robot, String query, String part) {
        FxWait.until(() -> robot.lookup(query).tryQuery()
                .map(n -> n instanceof Label l && l.getText() != null && l.getText().contains(part))
                .orElse(false), "'" + part + "' in " + query);
    }
}
