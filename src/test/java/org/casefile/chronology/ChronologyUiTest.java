package org.casefile.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.casefile.app.Theme;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.evidence.Intake;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentRecord;
import org.casefile.incident.Incidents;
import org.casefile.incident.Place;
import org.casefile.security.AuditRecord;
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

/** The chronology tab on a real encrypted store: order, filters, opening incidents, and the CSV export. */
@ExtendWith(ApplicationExtension.class)
class ChronologyUiTest {
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu");
    private final List<Integer> opened = new CopyOnWriteArrayList<>();
    private final LocalDate today = LocalDate.now();
    private UiStore store;
    private Path dir;
    private Session session;
    private Background background;
    private Workspace workspace;
    private Stage stage;
    private ChronologyController controller;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        store = new UiStore("chronology", stage);
        dir = store.dir;
        session = store.session;
        background = store.background;
        Workspace w = store.workspace;
        // A later feature's rows (a referral) whose text a spreadsheet would run as a formula.
        ChronologySource referrals = clientId -> List.of(new ChronologyEntry(today.minusDays(15), LocalTime.of(10, 0),
                false, EventKind.REFERRAL, "R-1", "=1+2 pasted from the perpetrator's message", "jsmith", "", List.of(), 1));
        ChronologyService chronology = new ChronologyService(List.of(
                new CaseLogRows(w.incidents(), w.exhibits(), w.clock().getZone()), referrals),
                w.clients(), session.audit(), session.user());
        workspace = new Workspace(session, w.clients(), w.perpetrators(), w.search(), w.incidents(), w.exhibits(),
                chronology, w.risk(), w.typology(), w.agencies(), w.referrals(), w.reminders(), w.orders(), background, w.dialogs(), w.clock());
    }

    @AfterEach
    void close(FxRobot robot) {
        store.close(robot);
    }

    @Test
    void rowsComeInDateOrderFilterByDateAndTypeAndExportAsCsv(FxRobot robot) throws Exception {
        ClientRecord client = workspace.clients().create(ClientFixtures.lucja());
        workspace.incidents().record(client.id(), Incidents.on(today.minusDays(40), Behaviour.FOLLOWING));
        workspace.incidents().record(client.id(), approximately(
                Incidents.at(today.minusDays(25), Place.ONLINE, Behaviour.MESSAGES)));
        IncidentRecord third = workspace.incidents().record(client.id(),
                Incidents.at(today.minusDays(10), Place.HOME, Behaviour.LOITERING, Behaviour.PROPERTY_DAMAGE));
        ExhibitSummary photo = workspace.exhibits().receive(client.id(), "doorstep-note.txt",
                "Note left on the doorstep".getBytes(StandardCharsets.UTF_8), intake(third.id(), "Note left on the doorstep"));
        workspace.exhibits().receive(client.id(), "messages.txt",
                "Messages copied from the phone".getBytes(StandardCharsets.UTF_8), intake(null, "Messages copied from her phone"));
        org.casefile.evidence.StoredBytes.flipOne(session, photo.id(), 7);
        assertThat(workspace.exhibits().verifyAll(client.id())).containsExactly(photo.reference());

        show(robot, client.id());
        waitForText(robot, "#count", "6 rows");
        TableView<ChronologyEntry> table = robot.lookup("#table").queryTableView();
        assertThat(table.getItems()).extracting(ChronologyEntry::kind).containsExactly(EventKind.INCIDENT,
                EventKind.INCIDENT, EventKind.REFERRAL, EventKind.INCIDENT, EventKind.EXHIBIT, EventKind.EXHIBIT);
        assertThat(table.getItems()).extracting(ChronologyEntry::date).isSorted();
        assertThat(table.getItems().subList(0, 4)).extracting(ChronologyEntry::reference)
                .containsExactly("Incident 1", "Incident 2", "R-1", "Incident 3");
        assertThat(cell(table, 0, 1)).isEqualTo(shown(today.minusDays(25)) + " approx.");
        assertThat(cell(table, 0, 0)).isEqualTo(shown(today.minusDays(40)));
        assertThat(cell(table, 2, 3)).isEqualTo("Incident");
        Label damaged = robot.lookup(".exhibit-label.damaged").queryAs(Label.class);
        assertThat(damaged.getText()).isEqualTo(photo.reference() + " (damaged)");
        Screenshots.save(stage.getScene(), "chronology");

        // Enter on an incident's row opens it; a double-click too.
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(3);
        });
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> opened.contains(3), "incident 3 to be opened");
        robot.doubleClickOn("Incident 1");
        FxWait.until(() -> opened.size() == 2, "incident 1 to be opened");
        assertThat(opened).containsExactly(3, 1);

        // From a date: the first two incidents go.
        robot.clickOn(robot.lookup("#from .text-field").queryAs(Node.class)).write(TYPED.format(today.minusDays(20)))
                .type(KeyCode.ENTER);
        waitForText(robot, "#count", "4 rows");
        assertThat(table.getItems()).extracting(ChronologyEntry::reference).startsWith("R-1", "Incident 3");
        // And only incidents and referrals.
        robot.clickOn("#kind-EXHIBIT");
        waitForText(robot, "#count", "2 rows");
        assertThat(table.getItems()).extracting(ChronologyEntry::kind).containsExactly(EventKind.REFERRAL,
                EventKind.INCIDENT);
        assertThat(robot.lookup("#kind-EXHIBIT").queryAs(CheckBox.class).isSelected()).isFalse();

        // A date that cannot be read is named, and the list keeps the last dates that could.
        javafx.scene.control.TextField toField = robot.lookup("#to .text-field").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        robot.clickOn(toField).write("31/02/2026");
        org.casefile.ui.FxWait.until(() -> "31/02/2026".equals(toField.getText()),
                "the date to be typed (it reads '" + toField.getText() + "')");
        robot.type(KeyCode.ENTER);
        waitForText(robot, "#message", "Type dates as day/month/year");
        assertThat(table.getItems()).hasSize(2);
        Screenshots.save(stage.getScene(), "chronology-filtered");

        robot.clickOn("#clear");
        waitForText(robot, "#count", "6 rows");
        assertThat(robot.lookup("#message").queryAs(Label.class).isVisible()).isFalse();

        // Export: the suggested name carries the reference, never the name; the file matches the table.
        assertThat(controller.fileName()).isEqualTo("chronology-" + client.reference().replaceAll("[^A-Za-z0-9-]", "-")
                + ".csv").doesNotContain("Wójcik").doesNotContain("Łucja");
        Path target = dir.resolve("out.csv");
        controller.chooseFile = owner -> target;
        robot.clickOn("#export");
        waitForText(robot, "#message", "Saved 6 rows to out.csv.");
        Screenshots.save(stage.getScene(), "chronology-exported");
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(target, StandardCharsets.UTF_8)) {
            assertThat(in.read()).as("byte-order mark").isEqualTo('\uFEFF');
            records = CSVFormat.DEFAULT.parse(in).getRecords();
        }
        assertThat(records.getFirst().toList()).containsExactly("Date", "Time", "Approximate", "Type", "Reference",
                "Event", "Source", "Significance", "Exhibits");
        assertThat(records).hasSize(1 + table.getItems().size());
        assertThat(records.get(3).get(5)).isEqualTo("'=1+2 pasted from the perpetrator's message");
        assertThat(records.get(2).get(2)).isEqualTo("approximate");
        assertThat(session.audit().recent(10)).extracting(AuditRecord::action).contains("CHRONOLOGY_EXPORTED");

        // Cancelling the chooser does nothing.
        controller.chooseFile = owner -> null;
        robot.clickOn("#export");
        assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".csv"))).hasSize(1);
    }

    @Test
    void aClientWithNothingRecordedSeesWhatWillAppear(FxRobot robot) {
        ClientRecord client = workspace.clients().create(ClientFixtures.named("Ben", "Okafor"));
        show(robot, client.id());
        // The test's referral source gives every client one row; untick it to see an empty chronology.
        waitForText(robot, "#count", "1 row");
        robot.clickOn("#kind-REFERRAL");
        waitForText(robot, "#count", "No rows");
        assertThat(robot.lookup("#placeholder").queryAs(Label.class).getText()).startsWith("No events match");
    }

    private static String shown(LocalDate day) {
        return org.casefile.ui.TypedDate.shown().format(day);
    }

    private static String cell(TableView<ChronologyEntry> table, int column, int row) {
        return String.valueOf(table.getColumns().get(column).getCellObservableValue(row).getValue());
    }

    private static IncidentDraft approximately(IncidentDraft d) {
        return new IncidentDraft(d.occurredOn(), null, null, null, true, d.behaviours(), d.channel(), d.place(),
                d.location(), d.perpetratorIds(), d.verbatim(), d.description(), d.impact(), d.clientAfraid(),
                d.witnesses(), d.childrenInvolved(), d.source(), d.police(), d.orderId());
    }

    private static Intake intake(Long incidentId, String description) {
        return new Intake("JS", incidentId, new Acquisition("The client", "Photo on her phone", "Phone"), description);
    }

    private void show(FxRobot robot, long clientId) {
        robot.interact(() -> {
            controller = new ChronologyController(workspace, clientId, opened::add);
            Parent view = Views.load("Chronology.fxml", controller);
            Scene scene = new Scene(new BorderPane(view), 1280, 720);
            Theme.apply(Settings.Theme.LIGHT, scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForText(FxRobot robot, String query, String part) {
        FxWait.until(() -> robot.lookup(query).tryQuery()
                .map(n -> n instanceof Label l && l.isVisible() && l.getText() != null && l.getText().contains(part))
                .orElse(false), "'" + part + "' in " + query);
    }
}
