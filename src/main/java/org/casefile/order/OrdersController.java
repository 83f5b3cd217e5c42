package org.casefile.order;

import org.casefile.Dates;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.casefile.InvalidInput;
import org.casefile.Messages;
import org.casefile.ui.Converters;
import org.casefile.ui.Dialogs;
import org.casefile.ui.Tables;
import org.casefile.ui.Views;
import org.casefile.ui.Workspace;

/**
 * A client's protective orders: what is due soon, every order (in force first) with its status and breaches, and
 * the chosen order's detail. Breaches are the incidents logged as breaching it; each opens its incident, and its
 * police reference and outcome are recorded here. "Add order" and "Edit" open the form in place of this view.
 */
public final class OrdersController {

    @FXML private StackPane root;
    @FXML private ScrollPane overview;
    @FXML private Button addOrder;
    @FXML private Label dueSoon;
    @FXML private Label problem;
    @FXML private TableView<OrderRecord> orders;
    @FXML private TableColumn<OrderRecord, String> typeColumn;
    @FXML private TableColumn<OrderRecord, String> courtColumn;
    @FXML private TableColumn<OrderRecord, String> madeColumn;
    @FXML private TableColumn<OrderRecord, String> expiresColumn;
    @FXML private TableColumn<OrderRecord, OrderStatus> statusColumn;
    @FXML private TableColumn<OrderRecord, Number> breachesColumn;
    @FXML private VBox detail;
    @FXML private Label detailTitle;
    @FXML private Button editOrder;
    @FXML private Label expiryNotice;
    @FXML private GridPane facts;
    @FXML private VBox conditions;
    @FXML private TableView<BreachRecord> breaches;
    @FXML private TableColumn<BreachRecord, String> breachIncidentColumn;
    @FXML private TableColumn<BreachRecord, String> breachDateColumn;
    @FXML private TableColumn<BreachRecord, String> breachReferenceColumn;
    @FXML private TableColumn<BreachRecord, String> breachOutcomeColumn;
    @FXML private TableColumn<BreachRecord, String> breachSummaryColumn;
    @FXML private org.casefile.ui.WrapRow breachForm;
    @FXML private Button openIncident;
    @FXML private TextField breachReference;
    @FXML private ChoiceBox<BreachOutcome> breachOutcome;
    @FXML private Button saveBreach;
    @FXML private Label breachProblem;

    private final Workspace workspace;
    private final long clientId;
    private final IntConsumer openIncidentNumber;
    private Long selectedId;

    /** @param openIncidentNumber opens "incident 12" of this client */
    public OrdersController(Workspace workspace, long clientId, IntConsumer openIncidentNumber) {
        this.workspace = workspace;
        this.clientId = clientId;
        this.openIncidentNumber = openIncidentNumber;
    }

    @FXML
    private void initialize() {
        typeColumn.setCellValueFactory(c -> text(Messages.get(c.getValue().type().labelKey())));
        courtColumn.setCellValueFactory(c -> text(c.getValue().details().caseNumber().isEmpty() ? c.getValue().details().court()
                : c.getValue().details().court() + " (" + c.getValue().details().caseNumber() + ")"));
        madeColumn.setCellValueFactory(c -> text(Dates.day().format(c.getValue().details().madeOn())));
        expiresColumn.setCellValueFactory(c -> text(expiry(c.getValue())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(OrderStatus status, boolean empty) {
                super.updateItem(status, empty);
                setText(null);
                setGraphic(empty || status == null ? null : chip(status));
            }
        });
        breachesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().breaches().size()));
        orders.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showDetail(now));

        breachIncidentColumn.setCellValueFactory(c -> text(Messages.get("order.breach.incident", c.getValue().incidentNumber())));
        // One click from a breach to its incident.
        breachIncidentColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String label, boolean empty) {
                super.updateItem(label, empty);
                setText(null);
                if (empty || label == null || getTableRow() == null || getTableRow().getItem() == null) {
                    setGraphic(null);
                    return;
                }
                int number = getTableRow().getItem().incidentNumber();
                javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(label);
                link.setAccessibleText(Messages.get("order.breach.openNumber", number));
                link.setOnAction(e -> openIncidentNumber.accept(number));
                setGraphic(link);
            }
        });
        breachDateColumn.setCellValueFactory(c -> text(Dates.day().format(c.getValue().occurredOn())));
        breachReferenceColumn.setCellValueFactory(c -> text(c.getValue().policeReference()));
        breachOutcomeColumn.setCellValueFactory(c -> text(Messages.get(c.getValue().outcome().labelKey())));
        breachSummaryColumn.setCellValueFactory(c -> text(c.getValue().summary()));
        Tables.opensRows(breaches, b -> openIncidentNumber.accept(b.incidentNumber()));
        breaches.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showBreach(now));
        breachOutcome.getItems().setAll(BreachOutcome.values());
        breachOutcome.setConverter(Converters.showing(o -> o == null ? "" : Messages.get(o.labelKey())));
        breachOutcome.setAccessibleText(Messages.get("order.breach.outcome"));
        breachReference.setAccessibleText(Messages.get("order.breach.reference"));
        openIncident.setAccessibleText(Messages.get("order.breach.open"));
        showBreach(null);
        org.casefile.ui.ScrollIntoView.install(overview);
        refresh();
    }

    private static ReadOnlyObjectWrapper<String> text(String s) {
        return new ReadOnlyObjectWrapper<>(s);
    }

    private static String expiry(OrderRecord o) {
        return o.details().untilFurtherOrder() ? Messages.get("order.untilFurtherOrder") : Dates.day().format(o.expiresOn());
    }

    static Label chip(OrderStatus status) {
        Label chip = new Label(Messages.get(status.labelKey()));
        chip.getStyleClass().addAll("chip", "order-" + status.name().toLowerCase(Locale.ROOT));
        return chip;
    }

    private record Loaded(List<OrderRecord> orders, List<DueItem> due) {
    }

    /** Reads the client's orders again, in the background, keeping the chosen one chosen. */
    public void refresh() {
        workspace.background().run(Messages.get("order.loading"), () -> new Loaded(workspace.orders().list(clientId),
                        workspace.orders().dueFor(clientId, OrderService.DUE_SOON_DAYS)))
                .onSuccess(this::show)
                .onFailure(this::showProblem)
                .start();
    }

    /** Chooses this order once the list has loaded (null: the first, as usual), as when a due item opens the tab. */
    public OrdersController choosing(Long orderId) {
        selectedId = orderId;
        return this;
    }

    private void show(Loaded loaded) {
        hide(problem);
        showDue(loaded.due());
        Long keep = selectedId;
        orders.getItems().setAll(loaded.orders());
        loaded.orders().stream().filter(o -> keep != null && o.id() == keep).findFirst()
                .or(() -> loaded.orders().stream().findFirst())
                .ifPresent(o -> orders.getSelectionModel().select(o));
    }

    private void showDue(List<DueItem> due) {
        boolean any = !due.isEmpty();
        dueSoon.setVisible(any);
        dueSoon.setManaged(any);
        if (!any) {
            return;
        }
        LocalDate today = LocalDate.now(workspace.clock());
        List<String> lines = due.stream().map(d -> {
            long days = ChronoUnit.DAYS.between(today, d.due());
            String when = days < 0 ? Messages.get("order.due.daysAgo", -days)
                    : days == 0 ? Messages.get("order.due.today") : Messages.get("order.due.inDays", days);
            return Messages.get("order.due.line", d.what(), Dates.day().format(d.due()), when);
        }).toList();
        dueSoon.setText(Messages.get("order.due.title") + " " + String.join("; ", lines));
        dueSoon.setAccessibleText(dueSoon.getText());
    }

    private void showDetail(OrderRecord o) {
        boolean any = o != null;
        detail.setVisible(any);
        detail.setManaged(any);
        selectedId = any ? o.id() : null;
        if (!any) {
            return;
        }
        OrderDraft d = o.details();
        detailTitle.setText(Messages.get("order.detail.title", Messages.get(d.type().labelKey()), Dates.day().format(d.madeOn())));
        expiryNotice.setVisible(o.expiryToConfirm());
        expiryNotice.setManaged(o.expiryToConfirm());
        expiryNotice.setText(o.expiryToConfirm() ? Messages.get("order.detail.expiryToConfirm", Dates.day().format(d.expiresOn())) : "");
        facts.getChildren().clear();
        int row = 0;
        row = fact(row, "order.field.status", Messages.get(o.status().labelKey()));
        row = fact(row, "order.field.respondent", o.respondentName());
        row = fact(row, "order.field.court", d.court());
        row = fact(row, "order.field.caseNumber", d.caseNumber());
        row = fact(row, "order.field.served", d.servedOn() == null ? Messages.get("order.detail.notServed") : Dates.day().format(d.servedOn()));
        row = fact(row, "order.field.expires", expiry(o));
        row = fact(row, "order.field.nextHearing", d.nextHearing() == null ? "" : Dates.day().format(d.nextHearing()));
        row = fact(row, "order.field.notification", d.notification());
        row = fact(row, "order.field.notes", d.notes());
        fact(row, "order.field.recorded", Messages.get("order.detail.recorded", o.changedBy(),
                Dates.day().format(o.changedAt().atZone(workspace.clock().getZone()))));
        conditions.getChildren().clear();
        if (d.conditions().isEmpty()) {
            Label none = new Label(Messages.get("order.detail.noConditions"));
            none.getStyleClass().add("text-muted");
            conditions.getChildren().add(none);
        }
        for (OrderDraft.Condition c : d.conditions()) {
            Label text = new Label(Messages.get(c.kind().labelKey()) + ": " + c.text()
                    + (c.exclusionZone().isEmpty() ? "" : "\n" + Messages.get("order.detail.zone", c.exclusionZone())));
            text.setWrapText(true);
            text.setMinHeight(Label.USE_PREF_SIZE);
            text.getStyleClass().add("condition-row");
            text.setMaxWidth(Double.MAX_VALUE);
            text.setFocusTraversable(true);
            text.setAccessibleText(text.getText());
            conditions.getChildren().add(text);
        }
        breaches.getItems().setAll(o.breaches());
        showBreach(null);
    }

    private int fact(int row, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().add("field-label");
        label.setMinWidth(Label.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        facts.addRow(row, label, text);
        return row + 1;
    }

    private void showBreach(BreachRecord b) {
        breachForm.setDisable(b == null);
        hide(breachProblem);
        breachReference.setText(b == null ? "" : b.policeReference());
        breachOutcome.setValue(b == null ? null : b.outcome());
    }

    @FXML
    private void openIncident() {
        BreachRecord b = breaches.getSelectionModel().getSelectedItem();
        if (b != null) {
            openIncidentNumber.accept(b.incidentNumber());
        }
    }

    @FXML
    private void saveBreach() {
        BreachRecord b = breaches.getSelectionModel().getSelectedItem();
        if (b == null) {
            return;
        }
        String reference = breachReference.getText();
        BreachOutcome outcome = breachOutcome.getValue();
        saveBreach.setDisable(true);
        workspace.background().run(Messages.get("order.saving"), () -> workspace.orders()
                        .recordBreach(b.orderId(), b.incidentId(), b.detailVersion(), reference, outcome))
                .onSuccess(saved -> {
                    saveBreach.setDisable(false);
                    refresh();
                })
                .onFailure(failure -> {
                    saveBreach.setDisable(false);
                    breachProblem.setText(failure instanceof InvalidInput invalid
                            ? invalid.problems().values().stream().map(Messages::get).distinct()
                            .reduce((x, y) -> x + " " + y).orElse("") : Dialogs.sentenceFor(failure));
                    breachProblem.setVisible(true);
                    breachProblem.setManaged(true);
                    breachReference.pseudoClassStateChanged(Styles.STATE_DANGER, failure instanceof InvalidInput);
                })
                .start();
    }

    @FXML
    private void addOrder() {
        openForm(null);
    }

    @FXML
    private void editOrder() {
        openForm(orders.getSelectionModel().getSelectedItem());
    }

    private void openForm(OrderRecord existing) {
        addOrder.setDisable(true);
        workspace.background().run(Messages.get("order.loading"), () -> workspace.perpetrators().forClient(clientId))
                .onSuccess(linked -> {
                    addOrder.setDisable(false);
                    Parent form = Views.load("OrderForm.fxml",
                            new OrderFormController(workspace, clientId, existing, linked, this::formClosed));
                    root.getChildren().setAll(form);
                })
                .onFailure(failure -> {
                    addOrder.setDisable(false);
                    showProblem(failure);
                })
                .start();
    }

    private void formClosed(OrderRecord saved) {
        root.getChildren().setAll(overview);
        if (saved != null) {
            selectedId = saved.id();
            refresh();
        }
        addOrder.requestFocus();
    }

    private static void hide(Label label) {
        label.setVisible(false);
        label.setManaged(false);
    }

    private void showProblem(Throwable failure) {
        problem.setText(Dialogs.sentenceFor(failure));
        problem.setVisible(true);
        problem.setManaged(true);
    }
}
