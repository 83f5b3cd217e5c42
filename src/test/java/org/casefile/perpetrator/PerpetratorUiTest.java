package org.casefile.perpetrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.casefile.app.Theme;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.security.AuditRecord;
import org.casefile.security.NewAccount;
import org.casefile.security.Role;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.security.User;
import org.casefile.settings.Settings;
import org.casefile.ui.Background;
import org.casefile.ui.Dialogs;
import org.casefile.ui.Navigator;
import org.casefile.ui.Views;
import org.casefile.ui.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The perpetrator screen as a caseworker meets it, on a real encrypted store. */
@ExtendWith(ApplicationExtension.class)
class PerpetratorUiTest {
    private final RecordingNavigator navigator = new RecordingNavigator();
    private Path dir;
    private Session session;
    private Background background;
    private Workspace workspace;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("casefile-perpetrator-ui");
        session = TestStores.create(dir.resolve("store"));
        background = new Background();
        workspace = Workspace.open(session, background, new Dialogs(stage), Clock.systemDefaultZone());
    }

    @AfterEach
    void close(FxRobot robot) throws IOException {
        waitUntil(() -> !background.busy().get(), "background work to finish");
        robot.interact(stage::hide);
        background.shutdown();
        session.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aPerpetratorCreatedFromAClientsRecordIsLinkedToThatClient(FxRobot robot) {
        ClientRecord lucja = workspace.clients().create(ClientFixtures.lucja());
        show(robot, null, lucja.id());
        waitForText(robot, "#subtitle", "Will be linked to Łucja Wójcik (" + lucja.reference() + ")");
        assertThat(text(robot, "#title")).isEqualTo("New perpetrator");
        assertThat(text(robot, "#linkTitle")).isEqualTo("How they know Łucja Wójcik");
        assertThat(visible(robot, "#clientsSection")).as("no clients until saved").isFalse();
        assertThat(visible(robot, "#serialWarning")).isFalse();
        screenshot("perpetrator-new-from-client");

        robot.clickOn("#givenName").write("Mark");
        robot.clickOn("#familyName").write("Ellison");
        robot.clickOn(robot.lookup("#dateOfBirth .text-field").queryAs(Node.class)).write("3/9/1985");
        robot.clickOn("#aliases").write("Marky").type(KeyCode.ENTER).write("@nightwatch_77");
        assertThat(text(robot, "#title")).as("Enter in a list field is a new line, not a save").isEqualTo("New perpetrator");
        robot.clickOn("#description").write("Tall, shaved head, often in a grey hoodie");
        robot.clickOn("#relationship");
        robot.clickOn("Ex-intimate partner");
        robot.clickOn("#linkNotes").write("Relationship ended 2024");
        // Tab leaves a text area for the next field, which scrolls into view.
        robot.type(KeyCode.TAB).write("07700 900777").type(KeyCode.TAB).type(KeyCode.TAB).write("Silver Ford Focus, AB12 CDE");
        assertThat(robot.lookup("#vehicles").queryAs(Node.class).isFocused()).isTrue();
        assertThat(robot.lookup("#linkNotes").queryTextInputControl().getText()).isEqualTo("Relationship ended 2024");
        screenshot("perpetrator-new-filled-in");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitForText(robot, "#title", "Mark Ellison");
        assertThat(text(robot, "#subtitle")).startsWith("Perpetrator record P-" + LocalDate.now().getYear() + "-");
        assertThat(text(robot, "#savedNote")).startsWith("Saved at");
        assertThat(visible(robot, "#linkSection")).as("the link is made; the record is no longer new").isFalse();
        assertThat(visible(robot, "#serialWarning")).as("one client is not a series").isFalse();
        TableView<PerpetratorRecord.LinkedClient> table = robot.lookup("#clientsTable").queryTableView();
        assertThat(table.getItems()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Łucja Wójcik");
            assertThat(c.relationship()).isEqualTo(Relationship.EX_INTIMATE_PARTNER);
            assertThat(c.notes()).isEqualTo("Relationship ended 2024");
        });
        screenshot("perpetrator-created-linked");

        // What was typed is what was stored, and the client's record shows the link from its side.
        assertThat(workspace.perpetrators().forClient(lucja.id())).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("Mark Ellison");
            assertThat(l.relationship()).isEqualTo(Relationship.EX_INTIMATE_PARTNER);
        });
        long id = workspace.perpetrators().forClient(lucja.id()).getFirst().perpetratorId();
        PerpetratorDraft saved = workspace.perpetrators().open(id).details();
        assertThat(saved.dateOfBirth()).isEqualTo(LocalDate.of(1985, 9, 3));
        assertThat(saved.aliases()).containsExactly("Marky", "@nightwatch_77");
        assertThat(saved.vehicles()).containsExactly("Silver Ford Focus, AB12 CDE");
        assertThat(actions()).contains("PERPETRATOR_CREATED", "PERPETRATOR_LINKED");

        // Enter on a linked client opens it; Esc goes back to the client the screen was opened from.
        robot.clickOn(robot.lookup("Łucja Wójcik").queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        assertThat(navigator.calls).containsExactly("openClient " + lucja.id());
        robot.clickOn("#givenName").type(KeyCode.ESCAPE);
        assertThat(navigator.calls).containsExactly("openClient " + lucja.id(), "openClient " + lucja.id());
    }

    @Test
    void aPerpetratorLinkedToTwoClientsCarriesTheSerialStalkingWarning(FxRobot robot) {
        ClientRecord lucja = workspace.clients().create(ClientFixtures.lucja());
        ClientRecord ben = workspace.clients().create(ClientFixtures.named("Ben", "Okafor"));
        PerpetratorRecord mark = workspace.perpetrators().create(PerpetratorServiceTest.mark());
        workspace.perpetrators().link(lucja.id(), mark.id(), Relationship.EX_INTIMATE_PARTNER, "Relationship ended 2024");
        workspace.perpetrators().link(ben.id(), mark.id(), Relationship.ACQUAINTANCE, "Met at the gym");

        show(robot, mark.id(), null);
        waitForText(robot, "#serialTitle", "Linked to 2 clients");
        assertThat(text(robot, "#serialTitle")).isEqualTo("Linked to 2 clients \u2014 possible serial or proxy stalking");
        assertThat(text(robot, "#serialText"))
                .contains(lucja.reference() + " Łucja Wójcik (Ex-intimate partner)")
                .contains(ben.reference() + " Ben Okafor (Acquaintance)")
                .doesNotContain("restricted");
        assertThat(text(robot, "#title")).isEqualTo("Mark Ellison");
        assertThat(robot.lookup("#givenName").queryTextInputControl().getText()).isEqualTo("Mark");
        assertThat(robot.lookup("#aliases").queryTextInputControl().getText()).isEqualTo("Marky\n@nightwatch_77");
        assertThat(visible(robot, "#linkSection")).isFalse();
        assertThat(visible(robot, "#hiddenClients")).isFalse();
        assertThat(robot.lookup("#clientsTable").queryTableView().getItems()).hasSize(2);
        assertThat(actions()).as("opening the record is audited").contains("PERPETRATOR_VIEWED");
        screenshot("perpetrator-serial-warning");

        robot.doubleClickOn("Ben Okafor");
        assertThat(navigator.calls).containsExactly("openClient " + ben.id());

        // An edit keeps the warning and the links; the saved version moves on, so a second save works too.
        robot.doubleClickOn("#familyName").write("Ellison-Price");
        robot.clickOn("#save");
        waitForText(robot, "#title", "Mark Ellison-Price");
        assertThat(visible(robot, "#serialWarning")).isTrue();
        focusAtEnd(robot, "#policeMarkers");
        robot.write("; bail conditions (2025)");
        robot.clickOn("#save");
        waitForText(robot, "#savedNote", "Saved at");
        waitUntil(() -> workspace.perpetrators().open(mark.id()).details().policeMarkers().endsWith("(2025)"),
                "the second save to be stored");

        robot.clickOn("#givenName").type(KeyCode.ESCAPE);
        assertThat(navigator.calls).containsExactly("openClient " + ben.id(), "showCaseload");
    }

    @Test
    void aLinkToARestrictedClientIsCountedInTheWarningButNeverNamed(FxRobot robot) {
        User amira = session.users().create(new NewAccount("amira", "Amira Haddad", "AH", Role.CASEWORKER),
                "plum orchard lantern".toCharArray(), TestStores.ADMIN);
        ClientService asAmira = new ClientService(session.transactions(), session.audit(), amira, Clock.systemDefaultZone());
        PerpetratorService perpetratorsAsAmira = new PerpetratorService(session.transactions(), session.audit(), asAmira,
                amira, Clock.systemDefaultZone());
        ClientRecord hidden = asAmira.create(ClientFixtures.restrictedTo(ClientFixtures.lucja(), amira.id()));
        ClientRecord ben = workspace.clients().create(ClientFixtures.named("Ben", "Okafor"));
        PerpetratorRecord mark = workspace.perpetrators().create(PerpetratorServiceTest.mark());
        perpetratorsAsAmira.link(hidden.id(), mark.id(), Relationship.EX_INTIMATE_PARTNER, "");
        workspace.perpetrators().link(ben.id(), mark.id(), Relationship.STRANGER, "");

        show(robot, mark.id(), null);
        waitForText(robot, "#serialTitle", "Linked to 2 clients");
        assertThat(text(robot, "#serialText"))
                .isEqualTo("Linked to: " + ben.reference() + " Ben Okafor (Stranger), and 1 restricted record you cannot see.")
                .doesNotContain("Łucja").doesNotContain(hidden.reference());
        assertThat(text(robot, "#hiddenClients")).startsWith("Also linked to 1 restricted record you cannot see");
        assertThat(robot.lookup("#clientsTable").queryTableView().getItems()).hasSize(1);
        assertThat(robot.lookup("Łucja Wójcik").tryQuery()).isEmpty();
        screenshot("perpetrator-serial-warning-restricted");
    }

    @Test
    void savingAnEmptyFormNamesTheProblemAndKeepsTheScreen(FxRobot robot) {
        show(robot, null, null);
        waitFor(robot, "#givenName");
        assertThat(visible(robot, "#linkSection")).as("no client to link to").isFalse();
        robot.clickOn("#save");
        waitForText(robot, "#message", "Enter a name, an alias or a description");
        assertThat(text(robot, "#title")).isEqualTo("New perpetrator");
        assertThat(robot.lookup("#givenName").queryAs(Node.class).isFocused()).as("the field with the problem has focus")
                .isTrue();
        screenshot("perpetrator-empty-save");

        // A date that cannot be read is kept as typed and named, and nothing is saved.
        robot.clickOn("#description").write("Man in his 40s, waits at the bus stop opposite her work");
        robot.clickOn(robot.lookup("#dateOfBirth .text-field").queryAs(Node.class)).write("31/02/1985");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitForText(robot, "#message", "Type the date as day/month/year");
        assertThat(robot.lookup("#dateOfBirth .text-field").queryTextInputControl().getText()).isEqualTo("31/02/1985");
        assertThat(robot.lookup("#description").queryTextInputControl().getText()).startsWith("Man in his 40s");
        assertThat(text(robot, "#title")).isEqualTo("New perpetrator");

        // Corrected, it saves.
        robot.doubleClickOn(robot.lookup("#dateOfBirth .text-field").queryAs(Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("28/02/1985");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitForText(robot, "#subtitle", "Perpetrator record P-");
        assertThat(visible(robot, "#message")).isFalse();
        assertThat(navigator.calls).isEmpty();
        assertThat(actions()).containsOnlyOnce("PERPETRATOR_CREATED").doesNotContain("PERPETRATOR_LINKED");
    }

    @Test
    void aPossibleDuplicateIsNamedBeforeASecondRecordIsCreated(FxRobot robot) {
        PerpetratorRecord mark = workspace.perpetrators().create(PerpetratorServiceTest.mark());
        show(robot, null, null);
        robot.clickOn("#description").write("Man in a grey hoodie who calls from a withheld number");
        robot.clickOn("#phones").write("07700 900 777");
        robot.clickOn("#save");

        waitFor(robot, ".dialog-pane");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains(mark.reference() + " Mark Ellison \u2014 same phone number");
        screenshot(dialog.getScene(), "perpetrator-duplicate");
        robot.clickOn("Go back");
        waitUntil(() -> !robot.lookup("#save").queryAs(Button.class).isDisabled(), "the form to be editable again");
        assertThat(text(robot, "#title")).isEqualTo("New perpetrator");
        assertThat(actions()).as("only the existing record").containsOnlyOnce("PERPETRATOR_CREATED");

        robot.clickOn("#save");
        waitFor(robot, ".dialog-pane");
        robot.clickOn("Create a new record anyway");
        waitForText(robot, "#subtitle", "Perpetrator record P-");
        assertThat(text(robot, "#title")).as("no name: the reference stands in").startsWith("P-").isNotEqualTo(mark.reference());
    }

    private void show(FxRobot robot, Long perpetratorId, Long linkToClient) {
        robot.interact(() -> {
            Parent view = Views.load("Perpetrator.fxml",
                    new PerpetratorController(workspace, navigator, perpetratorId, linkToClient));
            Scene scene = new Scene(view, 1180, 760);
            Theme.apply(Settings.Theme.LIGHT, scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Focuses a field below the fold as the keyboard would (the page scrolls to it), caret at the end. */
    private static void focusAtEnd(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(Node.class).requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
    }

    private List<String> actions() {
        return session.audit().recent(50).stream().map(AuditRecord::action).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean visible(FxRobot robot, String query) {
        Node node = robot.lookup(query).queryAs(Node.class);
        return node.isVisible() && node.isManaged();
    }

    private static void waitFor(FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false), query + " to appear");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForText(FxRobot robot, String query, String part) {
        waitUntil(() -> robot.lookup(query).tryQuery()
                .map(n -> n instanceof Label l && l.isVisible() && l.getText().contains(part)).orElse(false),
                "'" + part + "' in " + query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition, String what) {
        org.casefile.ui.FxWait.until(condition, what);
    }

    private void screenshot(String name) {
        screenshot(stage.getScene(), name);
    }

    private static void screenshot(javafx.scene.Scene scene, String name) {
        org.casefile.ui.Screenshots.save(scene, name);
    }

    /** Remembers where the screen asked to go. */
    private static final class RecordingNavigator implements Navigator {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void showCaseload() {
            calls.add("showCaseload");
        }

        @Override
        public void openClient(long clientId) {
            calls.add("openClient " + clientId);
        }

        @Override
        public void editClient(Long clientId) {
            calls.add("editClient " + clientId);
        }

        @Override
        public void openPerpetrator(long perpetratorId) {
            calls.add("openPerpetrator " + perpetratorId);
        }

        @Override
        public void editPerpetrator(Long perpetratorId, Long linkToClient) {
            calls.add("editPerpetrator " + perpetratorId + " " + linkToClient);
        }

        @Override
        public void openClientTab(long clientId, String tab) {
            calls.add("openClientTab " + clientId + " " + tab);
        }

        @Override
        public void openIncident(long incidentId) {
            calls.add("openIncident " + incidentId);
        }

        @Override
        public void editIncident(long clientId, Long incidentId) {
            calls.add("editIncident " + clientId + " " + incidentId);
        }
    }
}
