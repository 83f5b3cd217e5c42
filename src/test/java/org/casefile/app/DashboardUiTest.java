package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
import org.casefile.risk.Answer;
import org.casefile.risk.AssessmentDraft;
import org.casefile.risk.Checklist;
import org.casefile.risk.RiskLevel;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.casefile.ui.Background;
import org.casefile.ui.Dialogs;
import org.casefile.ui.FxWait;
import org.casefile.ui.Screenshots;
import org.casefile.ui.Views;
import org.casefile.ui.Workspace;
import org.casefile.CaseServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The dashboard: my high-risk cases, cases whose log suggests a risk review, what is due and the latest
 * incidents, each opening its record on Enter.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardUiTest {
    private static Session session;
    private static ClientRecord escalating;
    private static long latestIncident;
    private Background background;
    private Workspace workspace;
    private Stage stage;
    private final CopyOnWriteArrayList<String> opened = new CopyOnWriteArrayList<>();

    /** One store for the class, seeded once outside the FX thread: the tests only read it. */
    @BeforeAll
    static void seed() throws IOException {
        session = TestStores.create(Files.createTempDirectory("casefile-dashboard-ui").resolve("store"));
        CaseServices c = CaseServices.open(session, Clock.systemDefaultZone());
        escalating = c.clients().create(mine(ClientFixtures.lucja()));
        ClientRecord quiet = c.clients().create(mine(ClientFixtures.named("Ben", "Okafor")));
        LocalDate today = LocalDate.now();
        c.incidents().record(escalating.id(), Incidents.at(today.minusDays(2), Place.HOME, Behaviour.LOITERING));
        latestIncident = c.incidents().record(escalating.id(),
                Incidents.on(today.minusDays(1), Behaviour.THREAT_TO_CLIENT)).id();
        c.incidents().record(quiet.id(), Incidents.on(today.minusDays(1), Behaviour.MESSAGES));
        // Assessed high risk ten days ago, the review two days overdue: listed as high risk and as due.
        Checklist checklist = c.risk().checklist();
        Map<String, AssessmentDraft.Given> answers = new HashMap<>();
        checklist.factors().forEach(f -> answers.put(f.id(), new AssessmentDraft.Given(Answer.NO, null, "")));
        c.risk().assess(escalating.id(), checklist, new AssessmentDraft(today.minusDays(10), answers,
                RiskLevel.HIGH, "Professional judgement after the visit to her home", today.minusDays(2)));
    }

    @AfterAll
    static void closeStore() {
        session.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        background = new Background();
        workspace = Workspace.open(session, background, new Dialogs(stage), Clock.systemDefaultZone());
        DashboardController.Opener opener = new DashboardController.Opener() {
            @Override
            public void tab(long clientId, String tab) {
                opened.add(clientId + ":" + tab);
            }

            @Override
            public void incident(long incidentId) {
                opened.add("incident:" + incidentId);
            }
        };
        Scene scene = new Scene(Views.load("Dashboard.fxml", new DashboardController(workspace, opener)), 1100, 700);
        Theme.apply(Settings.Theme.LIGHT, scene);
        stage.setScene(scene);
        stage.show();
    }

    private static ClientDraft mine(ClientDraft d) {
        return ClientFixtures.allocatedTo(d, session.user().id());
    }

    @AfterEach
    void close(FxRobot robot) {
        FxWait.until(() -> !background.busy().get(), "background work to finish");
        robot.interact(stage::hide);
        background.shutdown();
    }

    @Test
    void theReadingStartedAtSignInFindsWhatAReadingHereFinds() {
        // The window starts the first reading as the store opens, on a thread of its own (two halves in parallel).
        Glance ahead = Glance.taken(Glance.readAhead(workspace));
        Glance here = Glance.read(workspace);
        assertThat(ahead.highRisk()).extracting(h -> h.client().id()).containsExactly(escalating.id());
        assertThat(ahead.signals()).hasSize(1);
        assertThat(ahead.recent()).hasSize(3);
        assertThat(ahead).isEqualTo(here);
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
        FxWait.until(() -> opened.contains(escalating.id() + ":pattern"), "the client's pattern to be opened");
    }

    @Test
    void highRiskDueAndRecentEachOpenTheirRecordOnEnter(FxRobot robot) {
        ListView<?> highRisk = robot.lookup("#highRisk").queryAs(ListView.class);
        ListView<?> due = robot.lookup("#overdue").queryAs(ListView.class);
        ListView<?> recent = robot.lookup("#recent").queryAs(ListView.class);
        FxWait.until(() -> recent.getItems().size() == 3, "three recent incidents");
        assertThat(highRisk.getItems()).hasSize(1);
        String yesterday = org.casefile.Dates.day(LocalDate.now().minusDays(1));
        String reviewDay = org.casefile.Dates.day(LocalDate.now().minusDays(2));
        assertThat(robot.lookup("Last incident " + yesterday).tryQuery()).isPresent();
        assertThat(robot.lookup("Review due " + reviewDay).tryQuery()).isPresent();
        assertThat(robot.lookup("Was due " + reviewDay + ": 2 days overdue").tryQuery()).isPresent();
        Screenshots.save(stage.getScene(), "dashboard-glance");

        enterOn(robot, highRisk);
        FxWait.until(() -> opened.contains(escalating.id() + ":risk"), "the risk tab to be opened");
        opened.clear();
        enterOn(robot, due);
        FxWait.until(() -> opened.contains(escalating.id() + ":risk"), "the due review to open the risk tab");
        // Newest first: of yesterday's two, the client's second incident sorts above the other client's first.
        enterOn(robot, recent);
        FxWait.until(() -> opened.contains("incident:" + latestIncident), "the incident itself to be opened");
    }

    @Test
    void eachEmptyListSaysSoInPlainWords(FxRobot robot) {
        ListView<?> recent = robot.lookup("#recent").queryAs(ListView.class);
        FxWait.until(() -> recent.getItems().size() == 3, "the dashboard to be read");
        ListView<?> highRisk = robot.lookup("#highRisk").queryAs(ListView.class);
        robot.interact(() -> highRisk.getItems().clear());
        assertThat(robot.lookup("None of your open cases is assessed as high risk.").tryQuery()).isPresent();
    }

    private static void enterOn(FxRobot robot, ListView<?> list) {
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
    }
}
