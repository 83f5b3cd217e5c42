package org.casefile.order;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.casefile.InvalidInput;
import org.casefile.Messages;
import org.casefile.perpetrator.LinkedPerpetrator;
import org.casefile.ui.Converters;
import org.casefile.ui.Dialogs;
import org.casefile.ui.ScrollIntoView;
import org.casefile.ui.TypedDate;
import org.casefile.ui.Workspace;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Records a new order or edits one: kind, court, dates, conditions in the court's words, what the respondent must
 * tell the police. A refused save marks the fields and keeps everything typed; a save that meets someone else's
 * newer one says so and offers theirs, and saving again keeps this person's.
 */
public final class OrderFormController {
    @FXML private javafx.scene.layout.GridPane datesGrid;
    @FXML private Label title;
    @FXML private Label message;
    @FXML private Button save;
    @FXML private Button takeTheirs;
    @FXML private ScrollPane scroller;
    @FXML private Label typeLabel;
    @FXML private ChoiceBox<OrderType> type;
    @FXML private Label statusLabel;
    @FXML private ChoiceBox<OrderStatus> status;
    @FXML private Label respondentLabel;
    @FXML private ChoiceBox<Long> respondent;
    @FXML private Label courtLabel;
    @FXML private TextField court;
    @FXML private Label caseNumberLabel;
    @FXML private TextField caseNumber;
    @FXML private Label madeOnLabel;
    @FXML private DatePicker madeOn;
    @FXML private Label servedOnLabel;
    @FXML private DatePicker servedOn;
    @FXML private Label expiresOnLabel;
    @FXML private DatePicker expiresOn;
    @FXML private Label nextHearingLabel;
    @FXML private DatePicker nextHearing;
    @FXML private CheckBox untilFurtherOrder;
    @FXML private VBox conditionRows;
    @FXML private Label notificationLabel;
    @FXML private TextArea notification;
    @FXML private Label notesLabel;
    @FXML private TextArea notes;

    private final Workspace workspace;
    private final long clientId;
    private final OrderRecord existing;
    private final Map<Long, String> respondents = new LinkedHashMap<>();
    private final Consumer<OrderRecord> closed;
    private final Map<DatePicker, SimpleBooleanProperty> unreadable = new LinkedHashMap<>();
    private final List<ConditionRow> rows = new ArrayList<>();
    private long basedOn;
    private OrderRecord theirs;

    /**
     * @param existing the order to edit, or null for a new one
     * @param linked   the client's linked perpetrators, who may be the respondent
     * @param closed   told when the form closes, with the saved order (null when cancelled)
     */
    public OrderFormController(Workspace workspace, long clientId, OrderRecord existing, List<LinkedPerpetrator> linked,
                               Consumer<OrderRecord> closed) {
        this.workspace = workspace;
        this.clientId = clientId;
        this.existing = existing;
        this.closed = closed;
        linked.forEach(p -> respondents.put(p.perpetratorId(), p.name() + " (" + p.reference() + ")"));
        this.basedOn = existing == null ? 0 : existing.version();
    }

    /** One condition being typed: its kind, its words and the area it covers. */
    private record ConditionRow(HBox box, ChoiceBox<ConditionKind> kind, TextField text, TextField zone) {
        OrderDraft.Condition value() {
            return new OrderDraft.Condition(kind.getValue(), text.getText(), zone.getText());
        }
    }

    @FXML
    private void initialize() {
        // Four dates side by side fold to two a row when a quarter is too narrow for a date (200 % text).
        org.casefile.ui.FoldingGrid.install(datesGrid, 9);
        typeLabel.setLabelFor(type);
        statusLabel.setLabelFor(status);
        respondentLabel.setLabelFor(respondent);
        courtLabel.setLabelFor(court);
        caseNumberLabel.setLabelFor(caseNumber);
        madeOnLabel.setLabelFor(madeOn);
        servedOnLabel.setLabelFor(servedOn);
        expiresOnLabel.setLabelFor(expiresOn);
        nextHearingLabel.setLabelFor(nextHearing);
        notificationLabel.setLabelFor(notification);
        notesLabel.setLabelFor(notes);
        type.getItems().setAll(OrderType.values());
        type.setConverter(Converters.showing(t -> t == null ? "" : Messages.get(t.labelKey())));
        type.setAccessibleText(Messages.get("order.field.type"));
        status.getItems().setAll(OrderStatus.values());
        status.setConverter(Converters.showing(s -> s == null ? "" : Messages.get(s.labelKey())));
        status.setAccessibleText(Messages.get("order.field.status"));
        respondent.getItems().add(null);
        respondent.getItems().addAll(respondents.keySet());
        respondent.setConverter(Converters.showing(id -> id == null ? Messages.get("order.form.noRespondent")
                : respondents.getOrDefault(id, "?")));
        respondent.setAccessibleText(Messages.get("order.field.respondent"));
        for (DatePicker picker : List.of(madeOn, servedOn, expiresOn, nextHearing)) {
            SimpleBooleanProperty bad = new SimpleBooleanProperty();
            unreadable.put(picker, bad);
            picker.setConverter(new TypedDate(bad));
            picker.setPromptText(org.casefile.Messages.get("form.datePrompt"));
        }
        madeOn.setAccessibleText(Messages.get("order.field.made"));
        servedOn.setAccessibleText(Messages.get("order.field.served"));
        expiresOn.setAccessibleText(Messages.get("order.field.expires"));
        nextHearing.setAccessibleText(Messages.get("order.field.nextHearing"));
        expiresOn.disableProperty().bind(untilFurtherOrder.selectedProperty());
        untilFurtherOrder.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                expiresOn.setValue(null);
                expiresOn.getEditor().clear();
            }
        });
        // A stalking protection order always carries the duty to notify the police; offer its usual wording.
        type.valueProperty().addListener((obs, was, now) -> {
            if (now != null && now.isStalkingProtection() && notification.getText().isBlank()) {
                notification.setText(Messages.get("order.notification.spoDefault"));
            }
        });
        ScrollIntoView.install(scroller);
        title.setText(existing == null ? Messages.get("order.form.newTitle")
                : Messages.get("order.form.editTitle", Messages.get(existing.type().labelKey())));
        fill(existing == null ? OrderDraft.blank(LocalDate.now(workspace.clock())) : existing.details());
        save.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (save.getScene() == scene) {
                        save();
                    }
                });
            }
        });
        Platform.runLater(type::requestFocus);
    }

    private void fill(OrderDraft d) {
        type.setValue(d.type());
        status.setValue(d.status());
        respondent.setValue(d.respondentId());
        court.setText(d.court());
        caseNumber.setText(d.caseNumber());
        madeOn.setValue(d.madeOn());
        servedOn.setValue(d.servedOn());
        untilFurtherOrder.setSelected(d.untilFurtherOrder());
        expiresOn.setValue(d.expiresOn());
        nextHearing.setValue(d.nextHearing());
        notification.setText(d.notification());
        notes.setText(d.notes());
        rows.clear();
        conditionRows.getChildren().clear();
        d.conditions().forEach(this::addRow);
    }

    @FXML
    private void addCondition() {
        addRow(new OrderDraft.Condition(ConditionKind.PROHIBITION, "", "")).text().requestFocus();
    }

    private ConditionRow addRow(OrderDraft.Condition c) {
        ChoiceBox<ConditionKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(ConditionKind.values());
        kind.setConverter(Converters.showing(k -> k == null ? "" : Messages.get(k.labelKey())));
        kind.setValue(c.kind());
        kind.setAccessibleText(Messages.get("order.form.conditionKind"));
        TextField text = new TextField(c.text());
        text.setPromptText(Messages.get("order.form.conditionText"));
        text.setAccessibleText(Messages.get("order.form.conditionText"));
        HBox.setHgrow(text, Priority.ALWAYS);
        TextField zone = new TextField(c.exclusionZone());
        zone.setPromptText(Messages.get("order.form.zone"));
        zone.setAccessibleText(Messages.get("order.form.zone"));
        zone.setPrefWidth(280);
        Button remove = new Button(null, new FontIcon("mdmz-remove_circle_outline"));
        remove.setAccessibleText(Messages.get("order.form.removeCondition"));
        remove.setTooltip(new javafx.scene.control.Tooltip(Messages.get("order.form.removeCondition")));
        HBox box = new HBox(8, kind, text, zone, remove);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ConditionRow row = new ConditionRow(box, kind, text, zone);
        remove.setOnAction(e -> {
            rows.remove(row);
            conditionRows.getChildren().remove(box);
        });
        rows.add(row);
        conditionRows.getChildren().add(box);
        return row;
    }

    /** The order as typed, with the dates that could not be read at all. */
    private OrderDraft draft(Map<String, String> problems) {
        Map<DatePicker, String> names = Map.of(madeOn, "madeOn", servedOn, "servedOn", expiresOn, "expiresOn",
                nextHearing, "nextHearing");
        unreadable.forEach((picker, bad) -> {
            TypedDate.commit(picker);
            if (bad.get()) {
                problems.put(names.get(picker), "order.invalid.date");
            }
        });
        return new OrderDraft(type.getValue(), respondent.getValue(), court.getText(), caseNumber.getText(),
                madeOn.getValue(), servedOn.getValue(), untilFurtherOrder.isSelected() ? null : expiresOn.getValue(),
                untilFurtherOrder.isSelected(), nextHearing.getValue(), rows.stream().map(ConditionRow::value).toList(),
                notification.getText(), notes.getText(), status.getValue());
    }

    @FXML
    private void save() {
        Map<String, String> problems = new LinkedHashMap<>();
        OrderDraft draft = draft(problems);
        OrderRules.problems(draft, LocalDate.now(workspace.clock())).forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        save.setDisable(true);
        long version = basedOn;
        workspace.background().run(Messages.get("order.saving"), () -> existing == null
                        ? workspace.orders().record(clientId, draft)
                        : workspace.orders().update(existing.id(), version, draft))
                .onSuccess(closed::accept)
                .onFailure(failure -> {
                    save.setDisable(false);
                    if (failure instanceof OrderConflict conflict) {
                        theirs = conflict.saved();
                        basedOn = theirs.version();
                        takeTheirs.setVisible(true);
                        takeTheirs.setManaged(true);
                        showSentence(conflict.getMessage());
                    } else if (failure instanceof InvalidInput invalid) {
                        showProblems(invalid.problems());
                    } else {
                        showSentence(Dialogs.sentenceFor(failure));
                    }
                })
                .start();
    }

    @FXML
    private void takeTheirs() {
        if (theirs != null) {
            fill(theirs.details());
            takeTheirs.setVisible(false);
            takeTheirs.setManaged(false);
            showSentence(Messages.get("order.form.tookTheirs"));
        }
    }

    private void showProblems(Map<String, String> problems) {
        Map<String, Node> fields = fields();
        fields.values().forEach(n -> n.pseudoClassStateChanged(Styles.STATE_DANGER, false));
        List<String> sentences = new ArrayList<>();
        Node first = null;
        for (Map.Entry<String, String> p : problems.entrySet()) {
            String sentence = Messages.get(p.getValue());
            if (!sentences.contains(sentence)) {
                sentences.add(sentence);
            }
            Node field = fields.get(p.getKey());
            if (field != null) {
                field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                first = first == null ? field : first;
            }
        }
        showSentence(Messages.get("order.form.problems") + "\n• " + String.join("\n• ", sentences));
        if (first != null) {
            first.requestFocus();
        }
    }

    private void showSentence(String text) {
        message.setText(text);
        message.setVisible(true);
        message.setManaged(true);
    }

    private Map<String, Node> fields() {
        Map<String, Node> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("status", status);
        m.put("respondent", respondent);
        m.put("court", court);
        m.put("caseNumber", caseNumber);
        m.put("madeOn", madeOn);
        m.put("servedOn", servedOn);
        m.put("expiresOn", expiresOn);
        m.put("nextHearing", nextHearing);
        m.put("notification", notification);
        m.put("notes", notes);
        for (int i = 0; i < rows.size(); i++) {
            m.put("condition" + i, rows.get(i).text());
        }
        return m;
    }

    @FXML
    private void cancel() {
        closed.accept(null);
    }
}
