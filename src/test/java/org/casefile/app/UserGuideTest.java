package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.casefile.Dates;
import org.casefile.demo.DemoData;
import org.casefile.security.NewAccount;
import org.casefile.security.Role;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.security.User;
import org.casefile.settings.Settings;
import org.casefile.store.StoreLocation;
import org.casefile.ui.Background;
import org.casefile.ui.FxWait;
import org.casefile.ui.Screenshots;
import org.casefile.ui.ScrollIntoView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The user guide's journey on a demo store, through the real window: sign in, the dashboard and its quick guide,
 * find a client, log an incident, evidence, risk, referrals, a bundle and backups. It runs with the other tests;
 * {@code mvn -o -Pguide test} runs it alone and saves each step as docs/images/guide-*.png for docs/user-guide.md.
 */
@Tag("guide")
@ExtendWith(ApplicationExtension.class)
class UserGuideTest {
    private static final String CASEWORKER = "cwalker";
    private static Path dir;
    private String home;

    /** Where `casefile` keeps its store on Linux, under the guide's own temporary home folder. */
    private static Path store() {
        return dir.resolve(".local/share/casefile");
    }
    private MainWindow window;
    private Stage stage;

    /** A demo store as `casefile demo` makes it, with one caseworker whose caseload the guide walks through. */
    @BeforeAll
    static void demoStore() throws IOException {
        dir = Files.createTempDirectory("casefile-guide");
        try (Session session = TestStores.create(store(), "Sam Price")) {
            User caseworker = session.users().create(new NewAccount(CASEWORKER, "Catrin Walker", "CW", Role.CASEWORKER),
                    TestStores.PASSWORD.clone(), session.user().username());
            new DemoData(11, Clock.systemDefaultZone()).create(session, List.of(caseworker), 60, 8, done -> { });
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // The pictures show the store where an installed Casefile keeps it, not a temporary folder.
        home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
        window = new MainWindow(stage, new StoreLocation(store()),
                Settings.load(dir.resolve("settings.properties")), Clock.systemDefaultZone(), TestStores.FAST,
                new Background());
        window.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            window.shutdown();
            stage.hide();
        });
        System.setProperty("user.home", home);
    }

    @Test
    void theGuidesJourneyWorksOnADemoStore(FxRobot robot) {
        waitFor(robot, "#username");
        robot.clickOn("#username").write(CASEWORKER);
        shot("guide-01-sign-in");
        robot.clickOn("#password").write(new String(TestStores.PASSWORD)).type(KeyCode.ENTER);
        waitFor(robot, "#nav-dashboard");

        ListView<?> recent = robot.lookup("#recent").queryAs(ListView.class);
        ListView<?> highRisk = robot.lookup("#highRisk").queryAs(ListView.class);
        FxWait.until(() -> !recent.getItems().isEmpty() && !highRisk.getItems().isEmpty(),
                "the dashboard to show the caseworker's cases");
        shot("guide-02-dashboard");

        robot.type(KeyCode.F1);
        waitFor(robot, "#quick-guide");
        assertThat(robot.lookup("Quick guide: Dashboard").tryQuery()).isPresent();
        shot("guide-03-quick-guide");
        robot.type(KeyCode.F1);

        robot.clickOn("#nav-clients");
        waitFor(robot, "#search");
        // The guide follows the first of the caseworker's high-risk cases, found by its reference.
        String reference = ((Glance.HighRisk) highRisk.getItems().getFirst()).client().reference();
        robot.clickOn("#search").write(reference);
        ListView<?> results = robot.lookup("#results").queryAs(ListView.class);
        FxWait.until(() -> results.isVisible() && !results.getItems().isEmpty(), "search results");
        shot("guide-04-find-client");
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#tabs");
        shot("guide-05-client");

        tab(robot, "overview.tab.incidents");
        waitFor(robot, "#logIncident");
        robot.clickOn("#logIncident");
        waitFor(robot, "#occurredOn");
        robot.interact(() -> {
            javafx.scene.control.DatePicker day = robot.lookup("#occurredOn").queryAs(javafx.scene.control.DatePicker.class);
            day.getEditor().setText(LocalDate.now().minusDays(1).format(org.casefile.ui.TypedDate.shown()));
            day.setValue(LocalDate.now().minusDays(1));
        });
        robot.clickOn("#occurredAt").write("21:40");
        robot.interact(() -> robot.lookup("#behaviourGroups").queryAs(Node.class).lookupAll(".check-box").stream()
                .map(CheckBox.class::cast).filter(c -> c.getText().startsWith("Loitering")).findFirst()
                .ifPresent(c -> c.setSelected(true)));
        robot.interact(() -> robot.lookup("#description").queryTextInputControl()
                .setText("Waited outside the house for an hour, then drove off when a neighbour came out."));
        shot("guide-06-log-incident");
        robot.clickOn("#save");
        // Saved, the incident opens as recorded; back to the case from there.
        String back = org.casefile.Messages.get("incident.view.back");
        FxWait.until(() -> robot.lookup(back).tryQuery().isPresent(), "the saved incident");
        robot.clickOn(back);
        waitFor(robot, "#tabs");

        tab(robot, "overview.tab.evidence");
        shot("guide-07-evidence");
        tab(robot, "overview.tab.risk");
        shot("guide-08-risk");
        tab(robot, "overview.tab.referrals");
        shot("guide-09-referrals");
        tab(robot, "bundle.tab");
        shot("guide-10-bundle");

        robot.clickOn("#nav-settings");
        waitFor(robot, "#backUpNow");
        robot.interact(() -> {
            Node button = robot.lookup("#backUpNow").query();
            ScrollIntoView.reveal(robot.lookup(".page-scroll").queryAs(ScrollPane.class), button);
        });
        robot.clickOn("#backUpNow");
        FxWait.until(() -> !robot.lookup("#backUpNow").queryAs(Node.class).isDisabled()
                && robot.lookup("#backupStatus").queryLabeled().getText().startsWith("Last backup"),
                "the backup to be made");
        shot("guide-11-backup");
    }

    private void tab(FxRobot robot, String labelKey) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            Tab tab = tabs.getTabs().stream().filter(t -> org.casefile.Messages.get(labelKey).equals(t.getText()))
                    .findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
        });
        // The tab's view is read in the background; the status bar's bar shows while it is.
        FxWait.until(() -> !robot.lookup("#taskProgress").queryAs(Node.class).isVisible(), "the tab to be read");
    }

    private void shot(String name) {
        Screenshots.save(stage.getScene(), name);
    }

    private static void waitFor(FxRobot robot, String query) {
        FxWait.until(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false), query);
    }
}
