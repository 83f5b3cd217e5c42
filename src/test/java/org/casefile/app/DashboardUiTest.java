package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.casefile.client.ClientDraft;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Incidents;
import org.casefile.incident.Place;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.casefile.ui.Background;
import org.casefile.ui.Dialogs;
import org.casefile.ui.FxWait;
import org.casefile.ui.Screenshots;
import org.casefile.ui.Views;
import org.casefile.ui.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dashboard names my cases whose log suggests a risk review, and opens the one I choose. */
@ExtendWith(ApplicationExtension.class)
class DashboardUiTest {
    private Session session;
    private Background background;
    private Stage stage;
    private final CopyOnWriteArrayList<Long> opened = new CopyOnWriteArrayList<>();
    private ClientRecord escalating;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createTempDirectory("casefile-dashboard-ui");
        session = TestStores.create(dir.resolve("store"));
        background = new Background();
        Workspace workspace = Workspace.open(session, background, new Dialogs(stage), Clock.systemDefaultZone());
        escalating = workspace.clients().create(mine(ClientFixtures.lucja()));
        ClientRecord quiet = workspace.clients().create(mine(ClientFixtures.named("Ben", "Okafor")));
        LocalDate today = LocalDate.now();
        workspace.incidents().record(escalating.id(), Incidents.at(today.minusDays(2), Place.HOME, Behaviour.LOITERING));
        workspace.incidents().record(escalating.id(), Incidents.on(today.minusDays(1), Behaviour.THREAT_TO_CLIENT));
        workspace.incidents().record(quiet.id(), Incidents.on(today.minusDays(1), Behaviour.MESSAGES));
        Scene scene = new Scene(Views.load("Dashboard.fxml", new DashboardController(workspace, (id, tab) -> opened.add(id))), 1000, 640);
        Theme.apply(Settings.Theme.LIGHT, scene);
        stage.setScene(scene);
        stage.show();
    }

    private ClientDraft mine(ClientDraft d) {
        return ClientFixtures.allocatedTo(d, session.user().id());
    }

    @AfterEach
    void close(FxRobot robot) {
        FxWait.until(() -> !background.busy().get(), "background work to finish");
        robot.interact(stage::hide);
        background.shutdown();
        session.close();
    }

    @Test
    void myCaseWithNewSignalsIsListedWithItsIncidentsAndOpens(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#reviews").queryAs(ListView.class);
        FxWait.until(() -> list.isVisible() && list.getItems().size() == 1, "one case listed");
        assertThat(robot.lookup("The perpetrator was at the client's home (incident 1).").tryQuery()).isPresent();
        assertThat(robot.lookup("The first threat in the log (incident 2).").tryQuery()).isPresent();
        Screenshots.save(stage.getScene(), "dashboard-reviews");
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> opened.contains(escalating.id()), "the client to be opened");
    }
}
