package org.casefile.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.casefile.app.Theme;
import org.casefile.chronology.ChronologyEntry;
import org.casefile.chronology.ChronologyFilter;
import org.casefile.chronology.EventKind;
import org.casefile.client.ClientDraft;
import org.casefile.client.ClientFixtures;
import org.casefile.incident.IncidentFormController;
import org.casefile.settings.Settings;
import org.casefile.ui.FxWait;
import org.casefile.ui.Navigator;
import org.casefile.ui.ScrollIntoView;
import org.casefile.ui.Screenshots;
import org.casefile.ui.UiStore;
import org.casefile.ui.Views;
import org.casefile.ui.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The orders tab and "Order breached" on the incident form, as a caseworker uses them, on a real encrypted store. */
@ExtendWith(ApplicationExtension.class)
class OrderUiTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private final LocalDate today = LocalDate.now();
    private final AtomicInteger openedNumber = new AtomicInteger();
    private final AtomicLong openedIncident = new AtomicLong();
    private UiStore store;
    private Workspace workspace;
    private Stage stage;
    private long client;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = new UiStore("orders", stage);
        workspace = store.workspace;
        ClientDraft d = ClientFixtures.lucja();
        // Allocated to me, so the case is on my reminders.
        client = workspace.clients().create(new ClientDraft(d.givenName(), d.familyName(), d.aliases(), d.dateOfBirth(),
                d.pronouns(), d.language(), d.interpreterNeeded(), d.vulnerabilities(), d.household(), d.children(),
                d.phones(), d.addresses(), d.safeContact(), d.professionals(), store.session.user().id(), false,
                List.of())).id();
    }

    @AfterEach
    void close(FxRobot robot) {
        store.close(robot);
    }

    @Test
    void aCaseworkerRecordsAnSpoExpiringInTwentyDaysAndSeesItDueSoon(FxRobot robot) {
        showOrders(robot);
        FxWait.until(() -> robot.lookup("#orders").queryAs(TableView.class).getPlaceholder().isVisible(), "the empty list");
        assertThat(robot.lookup("#dueSoon").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn("#addOrder");
        FxWait.until(() -> robot.lookup("#court").tryQuery().isPresent(), "the order form");
        @SuppressWarnings("unchecked")
        ChoiceBox<OrderType> type = robot.lookup("#type").queryAs(ChoiceBox.class);
        robot.interact(() -> type.setValue(OrderType.STALKING_PROTECTION_ORDER));
        assertThat(text(robot, "#notification")).startsWith("The respondent must notify the police of their name");

        // Made two years less twenty days ago, typed to end after one year: refused, naming the two-year minimum.
        LocalDate made = today.plusDays(20).minusYears(2);
        robot.clickOn("#court").write("Leeds Magistrates' Court");
        robot.clickOn("#caseNumber").write("SPO/2024/118");
        typeDate(robot, "#madeOn", made);
        typeDate(robot, "#servedOn", made.plusDays(1));
        typeDate(robot, "#expiresOn", made.plusYears(1));
        robot.clickOn("#addCondition");
        robot.write("Must not contact the client directly or indirectly");
        robot.clickOn("#addCondition");
        robot.write("Must not enter the exclusion zone");
        robot.type(KeyCode.TAB).write("Larkspur Close, Leeds LS6, as on the map");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#message").queryAs(Label.class).isVisible(), "the refusal");
        assertThat(text(robot, "#message")).contains("at least two years");
        assertThat(text(robot, "#court")).isEqualTo("Leeds Magistrates' Court");
        Screenshots.save(stage.getScene(), "order-form-refused");

        typeDate(robot, "#expiresOn", today.plusDays(20));
        Screenshots.save(stage.getScene(), "order-form");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        FxWait.until(() -> robot.lookup("#orders").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#orders").queryAs(TableView.class).getItems().size() == 1, "the saved order");
        FxWait.until(() -> robot.lookup("#dueSoon").queryAs(Label.class).isVisible(), "the due-soon line");
        assertThat(text(robot, "#dueSoon")).isEqualTo("Due soon: SPO expires on " + DAY.format(today.plusDays(20))
                + " (in 20 days)");
        FxWait.until(() -> robot.lookup("#detail").queryAs(Node.class).isVisible(), "the order's detail");
        assertThat(robot.lookup("Prohibition: Must not enter the exclusion zone\nExclusion zone: Larkspur Close, Leeds LS6, as on the map")
                .tryQuery()).isPresent();
        Screenshots.save(stage.getScene(), "orders-due-soon");

        // The reminder the dashboard will list.
        assertThat(workspace.orders().dueSoon()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DueItem.Kind.EXPIRES);
            assertThat(d.due()).isEqualTo(today.plusDays(20));
            assertThat(d.clientId()).isEqualTo(client);
            assertThat(d.what()).isEqualTo("SPO expires");
        });
        OrderRecord saved = workspace.orders().list(client).getFirst();
        assertThat(saved.details().conditions()).hasSize(2);
        assertThat(saved.details().notification()).contains("within three days");
    }

    @Test
    void anIncidentLoggedAsABreachShowsOnTheOrderAndInTheChronology(FxRobot robot) {
        OrderRecord order = workspace.orders().record(client, new OrderDraft(OrderType.STALKING_PROTECTION_ORDER, null,
                "Leeds Magistrates' Court", "SPO/2025/7", today.minusMonths(2), today.minusMonths(2), null, true, null,
                List.of(new OrderDraft.Condition(ConditionKind.PROHIBITION, "Must not go within 100 metres of the client",
                        "")), "", "", OrderStatus.IN_FORCE));
        show(robot, "IncidentForm.fxml", new IncidentFormController(workspace, navigator(), client, null));
        FxWait.until(() -> robot.lookup("#orderBreached").queryAs(ChoiceBox.class).getItems().size() == 2,
                "the client's orders under Order breached");
        click(robot, "#behaviour-APPROACHING");
        click(robot, "#description");
        robot.write("Came up to her at the bus stop on Otley Road");
        click(robot, "#orderBreached");
        String choice = "SPO, Leeds Magistrates' Court, made " + DAY.format(today.minusMonths(2)) + " (in force)";
        FxWait.until(() -> robot.lookup(choice).tryQuery().isPresent(), "the order in the list");
        robot.clickOn(choice);
        assertThat(robot.lookup("#orderBreached").queryAs(ChoiceBox.class).getValue()).isEqualTo(order.id());
        Screenshots.save(stage.getScene(), "incident-form-order-breached");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        FxWait.until(() -> openedIncident.get() != 0, "the saved incident to open");
        // The incident itself names the order it breached.
        show(robot, "Incident.fxml", new org.casefile.incident.IncidentController(workspace, navigator(),
                openedIncident.get(), clientId -> null));
        FxWait.until(() -> robot.lookup("#title").tryQuery().map(n -> ((Label) n).getText().startsWith("Incident"))
                .orElse(false), "the incident");
        Screenshots.save(stage.getScene(), "incident-order-line");
        FxWait.until(() -> robot.lookup("Order breached").tryQuery().isPresent(), "the incident's order line");
        assertThat(robot.lookup(choice).tryQuery()).isPresent();

        showOrders(robot);
        FxWait.until(() -> robot.lookup("#breaches").queryAs(TableView.class).getItems().size() == 1, "the breach");
        assertThat(robot.lookup("#orders").queryAs(TableView.class).getItems()).singleElement()
                .satisfies(o -> assertThat(((OrderRecord) o).breaches()).hasSize(1));
        @SuppressWarnings("unchecked")
        TableView<BreachRecord> breaches = robot.lookup("#breaches").queryAs(TableView.class);
        robot.interact(() -> breaches.getSelectionModel().selectFirst());
        click(robot, "#breachReference");
        robot.write("13/90211/26");
        @SuppressWarnings("unchecked")
        ChoiceBox<BreachOutcome> outcome = robot.lookup("#breachOutcome").queryAs(ChoiceBox.class);
        robot.interact(() -> outcome.setValue(BreachOutcome.ARRESTED));
        click(robot, "#saveBreach");
        FxWait.until(() -> breaches.getItems().size() == 1 && breaches.getItems().getFirst().outcome() == BreachOutcome.ARRESTED,
                "the police details");
        assertThat(breaches.getItems().getFirst().policeReference()).isEqualTo("13/90211/26");
        assertThat(robot.lookup("Arrested").tryQuery()).isPresent();
        Screenshots.save(stage.getScene(), "order-breaches");

        // One click from the breach to its incident, or Enter on its row.
        robot.clickOn(robot.lookup(".hyperlink").match(n -> ((javafx.scene.control.Hyperlink) n).getText()
                .equals("Incident 1")).queryAs(javafx.scene.control.Hyperlink.class));
        FxWait.until(() -> openedNumber.get() == 1, "incident 1 to open");
        openedNumber.set(0);
        robot.interact(() -> {
            breaches.getSelectionModel().selectFirst();
            breaches.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> openedNumber.get() == 1, "incident 1 to open by Enter");

        List<ChronologyEntry> rows = workspace.chronology().entries(client, ChronologyFilter.ALL);
        assertThat(rows).filteredOn(r -> r.kind() == EventKind.ORDER).extracting(ChronologyEntry::event)
                .containsExactly("Stalking protection order made, until further order",
                        "Stalking protection order served on the respondent",
                        "Stalking protection order breached (incident 1)");
        assertThat(rows).filteredOn(r -> r.event().contains("breached")).singleElement()
                .satisfies(r -> {
                    assertThat(r.date()).isEqualTo(today);
                    assertThat(r.significance()).isEqualTo("Police reference 13/90211/26; Arrested");
                });
    }

    @Test
    void anExpiryDueOnTheDashboardOpensTheTabWithThatOrderChosen(FxRobot robot) {
        OrderRecord expiring = workspace.orders().record(client, new OrderDraft(OrderType.NON_MOLESTATION_ORDER,
                null, "Leeds Family Court", "LS25F00200", today.minusMonths(23), null, today.plusDays(10), false,
                null, List.of(), "", "", OrderStatus.IN_FORCE));
        workspace.orders().record(client, new OrderDraft(OrderType.NON_MOLESTATION_ORDER, null, "Leeds Family Court",
                "LS26F00100", today.minusDays(3), null, today.plusMonths(11), false, null, List.of(), "", "",
                OrderStatus.IN_FORCE));
        org.casefile.reminder.Reminder due = workspace.reminders().due().stream()
                .filter(r -> r.kind() == org.casefile.reminder.Reminder.Kind.ORDER_EXPIRY).findFirst().orElseThrow();
        assertThat(due.recordId()).isEqualTo(expiring.id());

        show(robot, "Orders.fxml", new OrdersController(workspace, client, openedNumber::set).choosing(due.recordId()));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<OrderRecord> table = robot.lookup("#orders").queryAs(
                javafx.scene.control.TableView.class);
        FxWait.until(() -> table.getItems().size() == 2, "both orders listed");
        // Not merely the first in the list: the newer order is listed first.
        assertThat(table.getItems().getFirst().id()).isNotEqualTo(expiring.id());
        FxWait.until(() -> table.getSelectionModel().getSelectedItem() != null, "an order chosen");
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(expiring.id());
        assertThat(text(robot, "#detailTitle")).contains(org.casefile.Dates.day().format(today.minusMonths(23)));
    }

    @Test
    void anEditMadeWhileSomeoneElseSavedIsRefusedKeepsMyInputAndOffersTheirs(FxRobot robot) {
        OrderDraft first = new OrderDraft(OrderType.NON_MOLESTATION_ORDER, null, "Leeds Family Court", "LS25F00412",
                today.minusMonths(1), null, today.plusMonths(11), false, null, List.of(), "", "", OrderStatus.IN_FORCE);
        workspace.orders().record(client, first);
        showOrders(robot);
        FxWait.until(() -> robot.lookup("#detail").queryAs(Node.class).isVisible(), "the order's detail");
        click(robot, "#editOrder");
        FxWait.until(() -> robot.lookup("#court").tryQuery().isPresent(), "the order form");

        // Meanwhile a colleague records the date it was served.
        OrderRecord saved = workspace.orders().list(client).getFirst();
        workspace.orders().update(saved.id(), saved.version(), new OrderDraft(first.type(), null, first.court(),
                first.caseNumber(), first.madeOn(), today.minusDays(20), first.expiresOn(), false, null, List.of(), "",
                "Served by the police at his work.", OrderStatus.IN_FORCE));

        click(robot, "#notes");
        robot.write("Client has a copy of the sealed order.");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#message").queryAs(Label.class).isVisible(), "the conflict");
        assertThat(text(robot, "#message")).startsWith("Someone else saved this order while you were editing it.");
        assertThat(text(robot, "#notes")).isEqualTo("Client has a copy of the sealed order.");
        Screenshots.save(stage.getScene(), "order-form-conflict");

        robot.clickOn("#takeTheirs");
        assertThat(text(robot, "#notes")).isEqualTo("Served by the police at his work.");
        assertThat(robot.lookup("#servedOn").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isEqualTo(today.minusDays(20));
    }

    private Navigator navigator() {
        return new Navigator() {
            @Override
            public void showCaseload() {
            }

            @Override
            public void openClient(long clientId) {
            }

            @Override
            public void editClient(Long clientId) {
            }

            @Override
            public void openPerpetrator(long perpetratorId) {
            }

            @Override
            public void editPerpetrator(Long perpetratorId, Long linkToClient) {
            }

            @Override
            public void openClientTab(long clientId, String tab) {
            }

            @Override
            public void openIncident(long incidentId) {
                openedIncident.set(incidentId);
            }

            @Override
            public void editIncident(long clientId, Long incidentId) {
            }
        };
    }

    private void showOrders(FxRobot robot) {
        show(robot, "Orders.fxml", new OrdersController(workspace, client, openedNumber::set));
    }

    private void show(FxRobot robot, String fxml, Object controller) {
        robot.interact(() -> {
            Parent view = Views.load(fxml, controller);
            Scene scene = new Scene(new BorderPane(view), 1180, 780);
            Theme.apply(Settings.Theme.LIGHT, scene);
            stage.setScene(scene);
            stage.show();
        });
    }

    private static void typeDate(FxRobot robot, String picker, LocalDate day) {
        TextInputControl editor = robot.lookup(picker + " .text-field").queryAs(TextInputControl.class);
        robot.interact(editor::clear);
        robot.clickOn(editor).write(DAY.format(day)).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the control into view first, as a person would, then clicks it. */
    private static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.lookup(".page-scroll").tryQuery().ifPresent(pane ->
                robot.interact(() -> ScrollIntoView.reveal((ScrollPane) pane, node)));
        robot.clickOn(node);
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label l ? l.getText() : node instanceof TextInputControl t ? t.getText() : String.valueOf(node);
    }
}
