package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentSummary;
import org.casefile.incident.Place;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.casefile.ui.Background;
import org.casefile.ui.Dialogs;
import org.casefile.ui.FxWait;
import org.casefile.ui.Screenshots;
import org.casefile.ui.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Logging and amending an incident as a caseworker would, on a real encrypted store. */
@ExtendWith(ApplicationExtension.class)
class IncidentJourneyUiTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private Session session;
    private Workspace workspace;
    private Background background;
    private Stage stage;
    private ClientsSection section;
    private ClientRecord client;
    private Label dragSource;
    private Path screenshot;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createTempDirectory("casefile-incidents-ui");
        session = TestStores.create(dir.resolve("store"));
        background = new Background();
        workspace = Workspace.open(session, background, new Dialogs(stage), Clock.systemDefaultZone());
        client = workspace.clients().create(ClientFixtures.lucja());
        section = new ClientsSection(workspace);
        // Stands in for the desktop: Monocle keeps a drag inside the window where it began, so the file being
        // dragged starts from a label at the foot of the same window.
        dragSource = new Label("screenshot.png, from the desktop");
        dragSource.setId("dragSource");
        dragSource.setOnDragDetected(e -> {
            javafx.scene.input.Dragboard board = dragSource.startDragAndDrop(javafx.scene.input.TransferMode.COPY);
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putFiles(java.util.List.of(screenshot.toFile()));
            board.setContent(content);
            e.consume();
        });
        screenshot = dir.resolve("screenshot.png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(60, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", screenshot.toFile());
        Scene scene = new Scene(new javafx.scene.layout.BorderPane(section.view(), null, null, dragSource, null), 1180, 800);
        Theme.apply(Settings.Theme.LIGHT, scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        FxWait.until(() -> !background.busy().get(), "background work to finish");
        robot.interact(stage::hide);
        session.close();
    }

    @Test
    void logAnIncidentWithTwoBehavioursAmendItAndSeeBothVersions(FxRobot robot) {
        LocalDate day = LocalDate.now().minusDays(3);
        robot.interact(() -> section.openClientTab(client.id(), "incidents"));
        waitFor(robot, "#logIncident");
        Screenshots.save(stage.getScene(), "incident-log-empty");
        robot.clickOn("#logIncident");
        waitFor(robot, "#occurredOn");

        // An empty save is refused, says why, and keeps the form as it was.
        focusOn(robot, "#description").write("Waited outside the house for an hour");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#message").queryAs(Label.class).isVisible(), "the problems to be shown");
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).contains("Choose at least one behaviour");
        assertThat(robot.lookup("#description").queryAs(TextInputControl.class).getText())
                .isEqualTo("Waited outside the house for an hour");

        robot.interact(() -> robot.lookup("#occurredOn .text-field").queryAs(TextInputControl.class).clear());
        focusOn(robot, "#occurredOn .text-field").write(DAY.format(day)).type(KeyCode.TAB);
        focusOn(robot, "#occurredAt").write("21:15");
        focusOn(robot, "#behaviour-LOITERING").type(KeyCode.SPACE);
        focusOn(robot, "#behaviour-THREAT_TO_CLIENT").type(KeyCode.SPACE);
        @SuppressWarnings("unchecked")
        ChoiceBox<Place> place = robot.lookup("#place").queryAs(ChoiceBox.class);
        robot.interact(() -> place.setValue(Place.HOME));
        focusOn(robot, "#verbatim").write("You can't hide from me. I know where you sleep.");
        focusOn(robot, "#impact").write("Could not sleep; kept the lights off.");
        focusOn(robot, "#clientAfraid").type(KeyCode.SPACE);
        Screenshots.save(stage.getScene(), "incident-form");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitForText(robot, "#title", "Incident 1");
        assertThat(robot.lookup(".behaviour-chip").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Loitering or waiting near home, work or school", "Threat to the client");
        assertThat(robot.lookup("You can't hide from me. I know where you sleep.").tryQuery()).isPresent();
        Screenshots.save(stage.getScene(), "incident");

        // The client's screenshot goes onto the incident by drag and drop, and is stored against it.
        robot.interact(() -> robot.lookup(".page-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        waitFor(robot, "#dropZone");
        robot.drag("#dragSource").moveTo("#dropZone");
        robot.drop();
        waitFor(robot, ".dialog-pane");
        robot.clickOn("#intakeFromWhom").write("The client");
        robot.clickOn("#intakeHow").write("Screenshot taken on her phone");
        robot.clickOn("Store files");
        waitUntil(() -> workspace.exhibits().forClient(client.id()).size() == 1, "the exhibit to be stored");
        long incidentId = workspace.incidents().idOf(client.id(), 1);
        assertThat(workspace.exhibits().forClient(client.id())).singleElement().satisfies(e -> {
            assertThat(e.reference()).isEqualTo("JS/1");
            assertThat(e.incidentId()).isEqualTo(incidentId);
            assertThat(e.mediaType()).isEqualTo("image/png");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "incident-with-exhibit");

        // Amend: the date was a day earlier and she now remembers a second threat. The reason is required.
        robot.clickOn("#amend");
        waitFor(robot, "#reason");
        waitUntil(() -> robot.lookup("#verbatim").queryAs(TextInputControl.class).getText().startsWith("You can't"),
                "the form to hold the version in force");
        robot.interact(() -> robot.lookup("#occurredOn .text-field").queryAs(TextInputControl.class).clear());
        focusOn(robot, "#occurredOn .text-field").write(DAY.format(day.minusDays(1))).type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#message").queryAs(Label.class).getText().contains("Say why"), "a reason asked for");
        focusOn(robot, "#reason").write("Client checked her diary: it was the evening before");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitFor(robot, "#version-2");
        assertThat(robot.lookup("#title").queryAs(Label.class).getText()).isEqualTo("Incident 1");
        assertThat(robot.lookup("Reason: Client checked her diary: it was the evening before").tryQuery()).isPresent();
        assertThat(robot.lookup(".version-before").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly(DAY.format(day) + " 21:15");
        assertThat(robot.lookup(".version-after").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly(DAY.format(day.minusDays(1)) + " 21:15");
        robot.interact(() -> robot.lookup("#original").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "incident-amended");

        assertThat(workspace.incidents().log(client.id())).singleElement().satisfies((IncidentSummary s) -> {
            assertThat(s.occurredOn()).isEqualTo(day.minusDays(1));
            assertThat(s.behaviours()).containsExactly(Behaviour.LOITERING, Behaviour.THREAT_TO_CLIENT);
            assertThat(s.versions()).isEqualTo(2);
        });

        // Back on the client: the log shows it, and the header suggests a risk review (first threat, home visit).
        robot.type(KeyCode.ESCAPE);
        waitFor(robot, "#review-suggested");
        waitUntil(() -> robot.lookup("#table").queryAs(TableView.class).getItems().size() == 1, "one incident in the log");
        assertThat(robot.lookup("First threat · incident 1").tryQuery()).isPresent();
        assertThat(robot.lookup("Came to the client's home · incident 1").tryQuery()).isPresent();
        Screenshots.save(stage.getScene(), "incident-log");
    }

    private static FxRobot focusOn(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    private static void waitFor(FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false), query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForText(FxRobot robot, String query, String text) {
        waitUntil(() -> robot.lookup(query).tryQuery().map(n -> n instanceof Label l && l.getText().equals(text))
                .orElse(false), query + " to say " + text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition, String what) {
        FxWait.until(condition, what);
    }
}
