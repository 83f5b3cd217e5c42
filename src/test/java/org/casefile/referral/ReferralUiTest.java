package org.casefile.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.casefile.app.Theme;
import org.casefile.client.ClientFixtures;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Incidents;
import org.casefile.settings.Settings;
import org.casefile.ui.FxWait;
import org.casefile.ui.Screenshots;
import org.casefile.ui.ScrollIntoView;
import org.casefile.ui.UiStore;
import org.casefile.ui.Views;
import org.casefile.ui.Workspace;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Referrals, consent and MARAC as a caseworker works them, on a real encrypted store. */
@ExtendWith(ApplicationExtension.class)
class ReferralUiTest {
    private final LocalDate today = LocalDate.now();
    private UiStore store;
    private Workspace workspace;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = new UiStore("referral", stage);
        workspace = store.workspace;
    }

    @AfterEach
    void close(FxRobot robot) {
        store.close(robot);
    }

    @Test
    void aReferralIsBlockedWithoutConsentThenSentAcknowledgedAndDeclinedWithAReason(FxRobot robot) {
        long client = workspace.clients().create(ClientFixtures.lucja()).id();
        AgencyRecord housing = workspace.agencies().create(AgencyDraft.named("Leeds Housing Options", AgencyKind.HOUSING));
        show(robot, client);

        click(robot, "#newReferral");
        @SuppressWarnings("unchecked")
        ChoiceBox<AgencyRecord> agency = robot.lookup("#field-agency").queryAs(ChoiceBox.class);
        robot.interact(() -> agency.setValue(agency.getItems().getFirst()));
        click(robot, "#field-reason");
        robot.write("Needs a move away from the area after the home visits");
        click(robot, "#form-save");
        TableView<?> referrals = robot.lookup("#referrals").queryAs(TableView.class);
        FxWait.until(() -> referrals.getItems().size() == 1, "the draft referral");
        FxWait.until(() -> robot.lookup("#sendBasis").tryQuery().isPresent()
                && !text(robot, "#sendBasis").isEmpty(), "what sending would rest on");
        assertThat(text(robot, "#sendBasis")).startsWith("Cannot be sent yet").contains("Leeds Housing Options");

        click(robot, "#move-SENT");
        FxWait.until(() -> robot.lookup("#problem").queryAs(Label.class).isVisible(), "the refusal");
        assertThat(text(robot, "#problem")).contains("cannot be sent").contains("Leeds Housing Options");
        assertThat(workspace.referrals().forClient(client).getFirst().status()).isEqualTo(ReferralStatus.DRAFT);
        Screenshots.save(stage.getScene(), "referral-blocked");

        // The client agrees to sharing with housing.
        click(robot, "#newConsent");
        click(robot, "#field-purpose");
        robot.write("Rehousing away from the perpetrator");
        @SuppressWarnings("unchecked")
        CheckListView<AgencyRecord> agencies = robot.lookup("#field-agencies").queryAs(CheckListView.class);
        robot.interact(() -> agencies.getCheckModel().check(0));
        @SuppressWarnings("unchecked")
        ChoiceBox<ConsentMethod> method = robot.lookup("#field-method").queryAs(ChoiceBox.class);
        robot.interact(() -> method.setValue(ConsentMethod.WRITTEN));
        click(robot, "#form-save");
        FxWait.until(() -> robot.lookup("#consents").queryAs(TableView.class).getItems().size() == 1, "the consent");

        robot.interact(() -> referrals.getSelectionModel().select(0));
        FxWait.until(() -> text(robot, "#sendBasis").startsWith("Can be sent under"), "the consent to be found");
        click(robot, "#move-SENT");
        FxWait.until(() -> workspace.referrals().forClient(client).getFirst().status() == ReferralStatus.SENT, "sent");
        FxWait.until(() -> robot.lookup("#move-ACKNOWLEDGED").tryQuery().isPresent(), "the next steps");
        click(robot, "#move-ACKNOWLEDGED");
        FxWait.until(() -> workspace.referrals().forClient(client).getFirst().status() == ReferralStatus.ACKNOWLEDGED,
                "acknowledged");
        // Declining without a reason is refused; with one it is kept.
        FxWait.until(() -> robot.lookup("#move-DECLINED").tryQuery().isPresent(), "the decline button");
        click(robot, "#move-DECLINED");
        FxWait.until(() -> text(robot, "#problem").contains("reason the agency gave"), "the refusal to decline silently");
        click(robot, "#stepNote");
        robot.write("No local connection to Leeds");
        click(robot, "#move-DECLINED");
        FxWait.until(() -> workspace.referrals().forClient(client).getFirst().status() == ReferralStatus.DECLINED,
                "declined");
        ReferralRecord declined = workspace.referrals().forClient(client).getFirst();
        assertThat(declined.declineReason()).isEqualTo("No local connection to Leeds");
        assertThat(declined.basis()).contains("Rehousing away from the perpetrator");
        FxWait.until(() -> robot.lookup("Declined: No local connection to Leeds").tryQuery().isPresent(),
                "the reason on screen");
        Screenshots.save(stage.getScene(), "referral-declined");
    }

    @Test
    void aMoveSomeoneElseMadeFirstIsRefusedPlainlyAndTheirsIsShown(FxRobot robot) {
        long client = workspace.clients().create(ClientFixtures.lucja()).id();
        AgencyRecord housing = workspace.agencies().create(AgencyDraft.named("Leeds Housing Options", AgencyKind.HOUSING));
        workspace.referrals().addConsent(client, new ConsentDraft("Rehousing", false, Set.of(housing.id()), "Client",
                ConsentMethod.WRITTEN, today.minusDays(5), null, null));
        ReferralRecord r = workspace.referrals().create(client, new ReferralDraft(Direction.OUTGOING, housing.id(), "",
                "Rehousing away from the perpetrator", today.minusDays(2), ReferralMethod.SECURE_EMAIL, "", null, false,
                null, null, null));
        r = workspace.referrals().move(r.id(), r.version(), ReferralStatus.SENT, "");
        show(robot, client);
        TableView<?> referrals = robot.lookup("#referrals").queryAs(TableView.class);
        FxWait.until(() -> referrals.getItems().size() == 1, "the referral");
        robot.interact(() -> referrals.getSelectionModel().select(0));
        FxWait.until(() -> robot.lookup("#move-ACKNOWLEDGED").tryQuery().isPresent(), "the next steps");
        // A colleague on another desktop records the agency's answer first.
        workspace.referrals().move(r.id(), r.version(), ReferralStatus.ACKNOWLEDGED, "Phoned by the colleague");

        click(robot, "#move-ACKNOWLEDGED");
        FxWait.until(() -> text(robot, "#problem").startsWith("Someone else changed this first"), "the plain refusal");
        FxWait.until(() -> robot.lookup("#referrals").queryAs(TableView.class).getItems().stream()
                .anyMatch(x -> ((ReferralRecord) x).status() == ReferralStatus.ACKNOWLEDGED), "their move on screen");
        // Only the colleague's move was kept: the refused one left no step behind.
        assertThat(workspace.referrals().forClient(client).getFirst().steps().getLast().note())
                .isEqualTo("Phoned by the colleague");
        assertThat(workspace.referrals().forClient(client).getFirst().steps()
                .stream().filter(st -> st.to() == ReferralStatus.ACKNOWLEDGED)).hasSize(1);
        Screenshots.save(stage.getScene(), "referral-changed-elsewhere");
    }

    @Test
    void aNewIncidentAfterAMaracReferralRaisesTheRepeatAlert(FxRobot robot) {
        long client = workspace.clients().create(ClientFixtures.lucja()).id();
        AgencyRecord marac = workspace.agencies().create(AgencyDraft.named("Leeds MARAC", AgencyKind.MARAC));
        workspace.referrals().addConsent(client, new ConsentDraft("MARAC", false, Set.of(marac.id()), "Client",
                ConsentMethod.WRITTEN, today.minusDays(50), null, null));
        ReferralRecord r = workspace.referrals().create(client, new ReferralDraft(Direction.OUTGOING, marac.id(), "",
                "Threats to kill and a visit home", today.minusDays(40), ReferralMethod.SECURE_EMAIL, "", null, true,
                MaracReason.VISIBLE_HIGH_RISK, 15, today.minusDays(30)));
        workspace.referrals().move(r.id(), r.version(), ReferralStatus.SENT, "");
        show(robot, client);
        FxWait.until(() -> robot.lookup("#referrals").queryAs(TableView.class).getItems().size() == 1, "the referral");
        assertThat(robot.lookup("#repeat").queryAs(Node.class).isVisible()).isFalse();

        workspace.incidents().record(client, Incidents.on(today.minusDays(2), Behaviour.LOITERING));
        show(robot, client);
        FxWait.until(() -> robot.lookup("#repeat").queryAs(Node.class).isVisible(), "the repeat MARAC alert");
        assertThat(text(robot, "#repeat")).startsWith("Repeat MARAC: incidents 1 happened within 12 months")
                .contains(r.reference());
        assertThat(workspace.referrals().repeatMaracAlerts()).isEmpty(); // not allocated to me: only the tab says so
        Screenshots.save(stage.getScene(), "referral-repeat-marac");
    }

    private void show(FxRobot robot, long clientId) {
        robot.interact(() -> {
            Parent view = Views.load("Referrals.fxml", new ReferralsController(workspace, clientId));
            Scene scene = new Scene(new BorderPane(view), 1180, 780);
            Theme.apply(Settings.Theme.LIGHT, scene);
            stage.setScene(scene);
            stage.show();
        });
    }

    private static void click(FxRobot robot, String query) {
        FxWait.until(() -> robot.lookup(query).tryQuery().isPresent(), query + " to appear");
        Node node = robot.lookup(query).query();
        robot.interact(() -> ScrollIntoView.reveal(robot.lookup("#scroll").queryAs(ScrollPane.class), node));
        robot.clickOn(node);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unused")
    private static List<String> none() {
        return List.of();
    }
}
