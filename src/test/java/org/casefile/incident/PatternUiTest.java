package org.casefile.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.casefile.app.Theme;
import org.casefile.client.ClientFixtures;
import org.casefile.security.Session;
import org.casefile.settings.Settings;
import org.casefile.ui.Background;
import org.casefile.ui.FxWait;
import org.casefile.ui.Screenshots;
import org.casefile.ui.Views;
import org.casefile.ui.UiStore;
import org.casefile.ui.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pattern tab as a caseworker reads it, on a real encrypted store with a made-up escalating history. */
@ExtendWith(ApplicationExtension.class)
class PatternUiTest {
    private final List<Integer> opened = new CopyOnWriteArrayList<>();
    private final LocalDate today = LocalDate.now();
    private UiStore store;
    private Workspace workspace;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        store = new UiStore("pattern", stage);
        workspace = store.workspace;
    }

    @AfterEach
    void close(FxRobot robot) {
        store.close(robot);
    }

    @Test
    void anEscalatingHistoryShowsItsSignalsNamingTheIncidents(FxRobot robot) {
        long client = workspace.clients().create(ClientFixtures.lucja()).id();
        escalatingHistory(client);

        show(robot, client, 1650);
        waitForText(robot, "#courseOfConduct", "Course of conduct");
        assertThat(text(robot, "#courseOfConduct")).isEqualTo("Course of conduct: 14 incidents since "
                + DateTimeFormatter.ofPattern("d MMMM uuuu").format(today.minusDays(70)));
        assertThat(text(robot, "#currentCount")).isEqualTo("3 current escalation signals: a risk review is suggested.");

        List<String> current = rows(robot, "#currentSignals");
        assertThat(current).hasSize(3);
        assertThat(current).anySatisfy(r -> assertThat(r).startsWith("Incidents are becoming more frequent")
                .contains("4 incidents in the last 14 days against 4 in the 28 days before (incidents 11, 12, 13, 14)"));
        assertThat(current).anySatisfy(r -> assertThat(r).startsWith("Came to the client's home")
                .contains("The perpetrator was at the client's home (incidents 11, 12, 14)"));
        assertThat(current).anySatisfy(r -> assertThat(r).startsWith("First threat").contains("(incident 13)"));
        assertThat(rows(robot, "#olderSignals")).singleElement().satisfies(r -> assertThat(r)
                .startsWith("Came to the client's home").contains("(incident 4)"));
        assertThat(robot.lookup("#olderTitle").queryAs(Label.class).isVisible()).isTrue();

        ScatterChart<?, ?> timeline = robot.lookup("#timeline").queryAs(ScatterChart.class);
        assertThat(timeline.getData()).extracting(s -> s.getName())
                .containsExactly("Following and presence", "Unwanted contact", "Threats and violence");
        assertThat(timeline.getData().stream().mapToInt(s -> s.getData().size()).sum())
                .as("one dot per incident and kind: incident 13 is both contact and a threat").isEqualTo(15);
        StackedBarChart<?, ?> weekly = robot.lookup("#weekly").queryAs(StackedBarChart.class);
        assertThat(weekly.getData()).hasSize(3);
        assertThat(text(robot, "#count-MESSAGES")).isEqualTo("10 incidents");
        assertThat(text(robot, "#count-LOITERING")).isEqualTo("2 incidents");
        assertThat(text(robot, "#count-THREAT_TO_CLIENT")).isEqualTo("1 incident");
        Screenshots.save(stage.getScene(), "pattern");

        // Enter on a signal's button opens that incident, once.
        Button latestHome = button(robot, "signal-HOME_VISIT", "Latest: incident 14");
        robot.interact(latestHome::requestFocus);
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> opened.contains(14), "incident 14 to be opened");
        Button firstHome = button(robot, "signal-HOME_VISIT", "First: incident 11");
        robot.interact(firstHome::requestFocus);
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> opened.size() >= 2, "a second incident to be opened");
        assertThat(opened).containsExactly(14, 11);

        // A click on the timeline's one threat opens that incident.
        Node threat = timeline.getData().get(2).getData().getFirst().getNode();
        robot.interact(() -> scroll(robot, threat));
        robot.clickOn(threat);
        FxWait.until(() -> opened.size() == 3, "the threat's incident to be opened");
        assertThat(opened).containsExactly(14, 11, 13);
    }

    @Test
    void aClientWithoutIncidentsSeesAnEmptyState(FxRobot robot) {
        long client = workspace.clients().create(ClientFixtures.named("Ben", "Okafor")).id();
        show(robot, client, 760);
        FxWait.until(() -> robot.lookup("#empty").queryAs(Node.class).isVisible(), "the empty state");
        assertThat(robot.lookup("No incidents logged yet").tryQuery()).isPresent();
        assertThat(robot.lookup("#scroll").queryAs(Node.class).isVisible()).isFalse();
        Screenshots.save(stage.getScene(), "pattern-empty");

        // A first incident, then refresh: one incident is not yet a course of conduct.
        workspace.incidents().record(client, Incidents.on(today.minusDays(2), Behaviour.FOLLOWING));
        robot.interact(() -> controller.refresh());
        waitForText(robot, "#courseOfConduct", "One incident so far");
        assertThat(robot.lookup("#empty").queryAs(Node.class).isVisible()).isFalse();
    }

    private PatternController controller;

    /** Weekly messages for two months, one visit home long ago, then in the last fortnight visits home and a threat. */
    private void escalatingHistory(long client) {
        List<IncidentDraft> drafts = new ArrayList<>();
        for (int days : new int[] {70, 63, 56}) {
            drafts.add(Incidents.at(today.minusDays(days), Place.ONLINE, Behaviour.MESSAGES));
        }
        drafts.add(Incidents.at(today.minusDays(50), Place.HOME, Behaviour.LOITERING));
        for (int days : new int[] {49, 42, 35, 28, 21, 14}) {
            drafts.add(Incidents.at(today.minusDays(days), Place.ONLINE, Behaviour.MESSAGES));
        }
        drafts.add(Incidents.at(today.minusDays(10), Place.HOME, Behaviour.LOITERING));
        drafts.add(Incidents.at(today.minusDays(6), Place.HOME, Behaviour.APPROACHING));
        drafts.add(Incidents.at(today.minusDays(3), Place.ONLINE, Behaviour.MESSAGES, Behaviour.THREAT_TO_CLIENT));
        drafts.add(Incidents.at(today.minusDays(1), Place.HOME, Behaviour.FOLLOWING));
        for (IncidentDraft d : drafts) {
            workspace.incidents().record(client, d);
        }
    }

    private void show(FxRobot robot, long clientId, double height) {
        robot.interact(() -> {
            controller = new PatternController(workspace, clientId, opened::add);
            Parent view = Views.load("Pattern.fxml", controller);
            // Wrapped, as in the overview's tab: the view must not rely on being the scene's root.
            Scene scene = new Scene(new BorderPane(view), 1180, height);
            Theme.apply(Settings.Theme.LIGHT, scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Brings a node into the scroll pane's view: TestFX refuses to click what is scrolled away. */
    private static void scroll(FxRobot robot, Node node) {
        javafx.scene.control.ScrollPane pane = robot.lookup("#scroll").queryAs(javafx.scene.control.ScrollPane.class);
        double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
        double y = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
        pane.setVvalue(Math.min(1, Math.max(0, (y - 100) / Math.max(1, contentHeight - pane.getViewportBounds().getHeight()))));
    }

    private static List<String> rows(FxRobot robot, String container) {
        return robot.lookup(container).queryAs(Pane.class).getChildren().stream()
                .map(Node::getAccessibleText).filter(t -> t != null).toList();
    }

    private static Button button(FxRobot robot, String rowId, String text) {
        return robot.lookup("#currentSignals #" + rowId + " .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitForText(FxRobot robot, String query, String part) {
        FxWait.until(() -> robot.lookup(query).tryQuery()
                .map(n -> n instanceof Label l && l.isVisible() && l.getText() != null && l.getText().contains(part))
                .orElse(false), "'" + part + "' in " + query);
    }
}
