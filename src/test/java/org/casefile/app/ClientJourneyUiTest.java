package org.casefile.app;

import org.casefile.ui.Screenshots;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.casefile.client.ClientService;
import org.casefile.client.ClientSummary;
import org.casefile.client.CaseloadFilter;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.casefile.ui.Background;
import org.casefile.ui.Dialogs;
import org.casefile.ui.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The caseworker's journeys through client records, by keyboard where a person would use it. */
@ExtendWith(ApplicationExtension.class)
class ClientJourneyUiTest {
    private Session session;
    private Workspace workspace;
    private Stage stage;
    private ClientsSection section;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createTempDirectory("casefile-clients-ui");
        session = TestStores.create(dir.resolve("store"));
        workspace = Workspace.open(session, new Background(), new Dialogs(stage), Clock.systemDefaultZone());
        section = new ClientsSection(workspace);
        Scene scene = new Scene(new javafx.scene.layout.StackPane(section.view()), 1180, 760);
        Theme.apply(Settings.Theme.LIGHT, scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::hide);
        session.close();
    }

    @Test
    void createFindEditCloseAndReopenAClient(FxRobot robot) {
        waitFor(robot, "#search");
        Screenshots.save(stage.getScene(), "caseload-empty");

        // New client, by keyboard.
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor(robot, "#givenName");
        focusOn(robot, "#givenName").write("Lucja");
        focusOn(robot, "#familyName").write("Wojcik");
        focusOn(robot, "#dateOfBirth .text-field").write("12/04/1991").type(KeyCode.TAB);
        focusOn(robot, "#aliases").write("Lucy Woods");
        focusOn(robot, "#safeNumber").write("07700 900456");
        focusOn(robot, "#safeTimes").write("Weekdays 10:00-12:00");
        focusOn(robot, "#codeWord").write("bluebell");
        focusOn(robot, "#phones").write("07700 900123 (mobile)");
        focusOn(robot, "#addAddressButton").type(KeyCode.SPACE);
        robot.write("14 Larkspur Close").type(KeyCode.TAB).write("Leeds").type(KeyCode.TAB).write("LS6 2QT")
                .type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.SPACE); // kind stays Home; tick Confidential
        Screenshots.save(stage.getScene(), "client-form");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitForText(robot, "#name", "Lucja Wojcik");
        assertThat(robot.lookup("Confidential address").tryQuery()).isPresent();
        assertThat(robot.lookup("07700 900456").tryQuery()).as("safe number in the header").isPresent();
        assertThat(robot.lookup("14 Larkspur Close, Leeds, LS6 2QT").tryQuery()).as("hidden until shown").isEmpty();
        Screenshots.save(stage.getScene(), "client-overview");

        // Back to the caseload; find by part of an alias and by phone number.
        robot.type(KeyCode.ESCAPE);
        waitFor(robot, "#search");
        robot.clickOn("#search").write("lucy wo");
        waitForResults(robot, 1);
        robot.eraseText(7).write("900 123");
        waitForResults(robot, 1);
        Screenshots.save(stage.getScene(), "caseload-search");
        robot.type(KeyCode.ENTER);
        waitForText(robot, "#name", "Lucja Wojcik");

        // Edit.
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(robot, "#household");
        WaitForAsyncUtils.waitForFxEvents();
        focusOn(robot, "#household").write("Lives with her sister");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitForText(robot, "#name", "Lucja Wojcik");
        assertThat(robot.lookup("Lives with her sister").tryQuery()).isPresent();

        // Close with a reason, then reopen.
        changeStatus(robot, "Closed\u2026", "Moved out of the area");
        waitForChip(robot, "Closed");
        changeStatus(robot, "Reopened\u2026", "Contact resumed");
        waitForChip(robot, "Reopened");

        ClientService clients = workspace.clients();
        assertThat(clients.caseload(CaseloadFilter.ALL)).singleElement().satisfies((ClientSummary c) -> {
            assertThat(c.aliases()).isEqualTo("Lucy Woods");
            assertThat(c.status().name()).isEqualTo("REOPENED");
        });
    }

    @Test
    void badInputIsMarkedAndNothingTypedIsLost(FxRobot robot) {
        waitFor(robot, "#search");
        robot.clickOn("#newClient");
        waitFor(robot, "#givenName");
        focusOn(robot, "#dateOfBirth .text-field").write("31/02/1990").type(KeyCode.TAB);
        focusOn(robot, "#phones").write("call me");
        focusOn(robot, "#children").write("Maja, sometime");
        focusOn(robot, "#save").type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).isNotBlank();
        assertThat(robot.lookup("#dateOfBirth .text-field").queryTextInputControl().getText()).isEqualTo("31/02/1990");
        assertThat(robot.lookup("#phones").queryTextInputControl().getText()).isEqualTo("call me");
        assertThat(robot.lookup("#children").queryTextInputControl().getText()).isEqualTo("Maja, sometime");
        Screenshots.save(stage.getScene(), "client-form-problems");
        assertThat(workspace.clients().caseload(CaseloadFilter.ALL)).isEmpty();
    }

    /** Moves the keyboard focus to a field, as Tab would; the form scrolls it into view. */
    private static FxRobot focusOn(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    @Test
    void onePerpetratorLinkedToASecondClientIsFlaggedOnTheirRecord(FxRobot robot) {
        var lucja = workspace.clients().create(org.casefile.client.ClientFixtures.lucja());
        var ben = workspace.clients().create(org.casefile.client.ClientFixtures.named("Ben", "Okafor"));
        var mark = workspace.perpetrators().create(new org.casefile.perpetrator.PerpetratorDraft("Mark", "Ellison",
                java.util.List.of("Marky"), null, "Grey hoodie", java.util.List.of("07700 900777"), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), ""));
        workspace.perpetrators().link(lucja.id(), mark.id(), org.casefile.perpetrator.Relationship.EX_INTIMATE_PARTNER, "");

        robot.interact(() -> section.openClient(ben.id()));
        waitForText(robot, "#name", "Ben Okafor");
        assertThat(robot.lookup(".danger-banner").tryQuery()).as("no warning before the link").isEmpty();
        robot.clickOn("Perpetrators");
        robot.clickOn("#linkPerpetrator");
        robot.clickOn(".dialog-pane .text-field").write("ellis");
        waitUntil(() -> robot.lookup(".dialog-pane .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .anyMatch(c -> c.getText() != null && c.getText().startsWith("Mark Ellison")), "Mark Ellison in the list");
        robot.clickOn("OK");

        waitUntil(() -> robot.lookup(".danger-banner").tryQuery().isPresent(), "the serial-stalking warning");
        assertThat(robot.lookup(".danger-banner").queryAs(Label.class).getText())
                .contains("Mark Ellison", "also linked to 1 other client");
        Screenshots.save(stage.getScene(), "client-overview-serial");
        assertThat(workspace.perpetrators().forClient(lucja.id())).singleElement()
                .satisfies(l -> assertThat(l.otherClients()).isEqualTo(1));
    }

    @Test
    void aConflictingEditShowsBothVersionsAndLosesNothing(FxRobot robot) {
        var lucja = workspace.clients().create(org.casefile.client.ClientFixtures.lucja());
        robot.interact(() -> section.editClient(lucja.id()));
        waitFor(robot, "#household");
        waitUntil(() -> robot.lookup("#givenName").queryTextInputControl().getText().equals("Łucja"), "the form to load");

        // Someone else saves first.
        var d = lucja.details();
        workspace.clients().update(lucja.id(), lucja.version(), new org.casefile.client.ClientDraft(d.givenName(),
                d.familyName(), d.aliases(), d.dateOfBirth(), d.pronouns(), d.language(), d.interpreterNeeded(),
                d.vulnerabilities(), "Moved in with her sister", d.children(), d.phones(), d.addresses(), d.safeContact(),
                d.professionals(), d.allocatedTo(), d.restricted(), d.namedUsers()));

        focusOn(robot, "#household").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Lives alone now");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent(), "the conflict dialog");
        String both = robot.lookup(".dialog-pane .text-area").queryTextInputControl().getText();
        assertThat(both).contains("Moved in with her sister", "Lives alone now");
        Screenshots.save(robot.lookup(".dialog-pane").query().getScene(), "client-edit-conflict");
        robot.clickOn("Keep my changes");
        waitForText(robot, "#message", "Your changes are still here. Save again to replace theirs.");
        assertThat(robot.lookup("#household").queryTextInputControl().getText()).isEqualTo("Lives alone now");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitForText(robot, "#name", "Łucja Wójcik");
        assertThat(workspace.clients().open(lucja.id()).details().household()).isEqualTo("Lives alone now");
    }

    private static void changeStatus(FxRobot robot, String item, String reason) {
        robot.clickOn("#statusMenu");
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".dialog-pane .text-area").write(reason);
        robot.clickOn("OK");
    }

    private static void waitForChip(FxRobot robot, String text) {
        waitUntil(() -> robot.lookup(".chip").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals(text)),
                "the status chip to say " + text);
    }

    @SuppressWarnings("unchecked")
    private static void waitForResults(FxRobot robot, int n) {
        waitUntil(() -> robot.lookup("#results").tryQuery().map(node -> node.isVisible()
                && ((ListView<Object>) node).getItems().size() == n).orElse(false), n + " search result(s)");
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
        org.casefile.ui.FxWait.until(condition, what);
    }

}
