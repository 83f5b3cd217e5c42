package org.casefile.incident;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.casefile.InvalidInput;
import org.casefile.Messages;
import org.casefile.perpetrator.LinkedPerpetrator;
import org.casefile.ui.Converters;
import org.casefile.ui.Navigator;
import org.casefile.ui.ScrollIntoView;
import org.casefile.ui.TypedDate;
import org.casefile.ui.Workspace;
import org.controlsfx.control.CheckListView;

/**
 * Logs a new incident, or amends one: the form starts from the version in force and asks why it is being
 * changed. A refused save marks the fields and keeps everything typed.
 */
public final class IncidentFormController {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H[:][.]mm");

    @FXML private javafx.scene.layout.GridPane whenGrid;
    @FXML private Label title;
    @FXML private Label message;
    @FXML private Button save;
    @FXML private ScrollPane scroller;
    @FXML private VBox amendSection;
    @FXML private Label reasonLabel;
    @FXML private TextArea reason;
    @FXML private Label occurredOnLabel;
    @FXML private DatePicker occurredOn;
    @FXML private Label occurredAtLabel;
    @FXML private TextField occurredAt;
    @FXML private Label endedOnLabel;
    @FXML private DatePicker endedOn;
    @FXML private Label endedAtLabel;
    @FXML private TextField endedAt;
    @FXML private CheckBox approximate;
    @FXML private Label behavioursLabel;
    @FXML private VBox behaviourGroups;
    @FXML private Label channelLabel;
    @FXML private ChoiceBox<Channel> channel;
    @FXML private Label placeLabel;
    @FXML private ChoiceBox<Place> place;
    @FXML private Label placeDetailLabel;
    @FXML private TextField placeDetail;
    @FXML private Label perpetratorsLabel;
    @FXML private CheckListView<Long> perpetrators;
    @FXML private Label descriptionLabel;
    @FXML private TextArea description;
    @FXML private Label verbatimLabel;
    @FXML private TextArea verbatim;
    @FXML private Label impactLabel;
    @FXML private TextArea impact;
    @FXML private CheckBox clientAfraid;
    @FXML private CheckBox childrenInvolved;
    @FXML private Label witnessesLabel;
    @FXML private TextArea witnesses;
    @FXML private Label sourceLabel;
    @FXML private ChoiceBox<Source> source;
    @FXML private CheckBox policeReported;
    @FXML private Label policeForceLabel;
    @FXML private TextField policeForce;
    @FXML private Label crimeReferenceLabel;
    @FXML private TextField crimeReference;
    @FXML private Label officerLabel;
    @FXML private TextField officer;
    @FXML private Label orderBreachedLabel;
    @FXML private ChoiceBox<Long> orderBreached;

    private final Workspace workspace;
    private final Navigator navigator;
    private final long clientId;
    private final Long incidentId;
    private final Map<Behaviour, CheckBox> behaviourBoxes = new EnumMap<>(Behaviour.class);
    private final SimpleBooleanProperty occurredOnUnreadable = new SimpleBooleanProperty();
    private final SimpleBooleanProperty endedOnUnreadable = new SimpleBooleanProperty();
    private Map<Long, String> perpetratorNames = Map.of();
    private Map<Long, String> orderNames = Map.of();
    private int basedOn;
    private Long orderId;

    /** A new incident when {@code incidentId} is null; otherwise an amendment of it. */
    public IncidentFormController(Workspace workspace, Navigator navigator, long clientId, Long incidentId) {
        this.workspace = workspace;
        this.navigator = navigator;
        this.clientId = clientId;
        this.incidentId = incidentId;
    }

    @FXML
    private void initialize() {
        // Four dates side by side fold to two a row when a quarter is too narrow for a date (200 % text).
        org.casefile.ui.FoldingGrid.install(whenGrid, 9);
        reasonLabel.setLabelFor(reason);
        occurredOnLabel.setLabelFor(occurredOn);
        occurredAtLabel.setLabelFor(occurredAt);
        endedOnLabel.setLabelFor(endedOn);
        endedAtLabel.setLabelFor(endedAt);
        channelLabel.setLabelFor(channel);
        placeLabel.setLabelFor(place);
        placeDetailLabel.setLabelFor(placeDetail);
        perpetratorsLabel.setLabelFor(perpetrators);
        descriptionLabel.setLabelFor(description);
        verbatimLabel.setLabelFor(verbatim);
        impactLabel.setLabelFor(impact);
        witnessesLabel.setLabelFor(witnesses);
        sourceLabel.setLabelFor(source);
        policeForceLabel.setLabelFor(policeForce);
        crimeReferenceLabel.setLabelFor(crimeReference);
        officerLabel.setLabelFor(officer);
        orderBreachedLabel.setLabelFor(orderBreached);
        orderBreached.setAccessibleText(Messages.get("incident.form.orderBreached"));
        orderBreached.setConverter(Converters.showing(id -> id == null ? Messages.get("incident.form.noOrderBreached")
                : orderNames.getOrDefault(id, "?")));
        orderBreached.getItems().setAll(java.util.Collections.singletonList(null));
        perpetrators.setAccessibleText(Messages.get("incident.form.perpetrators"));

        occurredOn.setConverter(new TypedDate(occurredOnUnreadable));
        endedOn.setConverter(new TypedDate(endedOnUnreadable));
        occurredOn.setPromptText(Messages.get("form.datePrompt"));
        endedOn.setPromptText(Messages.get("form.datePrompt"));
        occurredAt.setPromptText(Messages.get("incident.form.timePrompt"));
        endedAt.setPromptText(Messages.get("incident.form.timePrompt"));
        channel.getItems().setAll(Channel.values());
        channel.setConverter(Converters.showing(c -> c == null ? "" : Messages.get(c.labelKey())));
        place.getItems().setAll(Place.values());
        place.setConverter(Converters.showing(p -> p == null ? "" : Messages.get(p.labelKey())));
        source.getItems().setAll(Source.values());
        source.setConverter(Converters.showing(s -> s == null ? "" : Messages.get(s.labelKey())));
        perpetrators.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(
                perpetrators::getItemBooleanProperty, Converters.showing(id -> perpetratorNames.getOrDefault(id, "?"))));
        for (TextField f : List.of(policeForce, crimeReference, officer)) {
            f.disableProperty().bind(policeReported.selectedProperty().not());
        }
        for (BehaviourGroup group : BehaviourGroup.values()) {
            Label heading = new Label(Messages.get(group.labelKey()));
            heading.getStyleClass().addAll("behaviour-chip", group.styleClass());
            FlowPane boxes = new FlowPane(16, 6);
            for (Behaviour b : Behaviour.in(group)) {
                CheckBox box = new CheckBox(Messages.get(b.labelKey()));
                box.setId("behaviour-" + b.name());
                behaviourBoxes.put(b, box);
                boxes.getChildren().add(box);
            }
            behaviourGroups.getChildren().add(new VBox(4, heading, boxes));
        }
        ScrollIntoView.install(scroller);
        message.setVisible(false);
        message.setManaged(false);
        amendSection.setVisible(incidentId != null);
        amendSection.setManaged(incidentId != null);
        title.setText(Messages.get("incident.form.newTitle"));
        fill(IncidentDraft.blank(LocalDate.now(workspace.clock())));
        save.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
            }
        });
        load();
    }

    private void load() {
        workspace.background().run(Messages.get("incident.form.loading"), () -> {
                    List<LinkedPerpetrator> linked = workspace.perpetrators().forClient(clientId);
                    IncidentRecord current = incidentId == null ? null : workspace.incidents().open(incidentId);
                    return new Loaded(linked, current, workspace.incidents().orderChoices(clientId));
                })
                .onSuccess(loaded -> {
                    Map<Long, String> names = new LinkedHashMap<>();
                    loaded.linked().forEach(p -> names.put(p.perpetratorId(), p.name()));
                    perpetratorNames = names;
                    perpetrators.getItems().setAll(names.keySet());
                    Map<Long, String> orders = new LinkedHashMap<>();
                    loaded.orders().forEach(o -> orders.put(o.id(), o.label()));
                    orderNames = orders;
                    List<Long> choices = new ArrayList<>();
                    choices.add(null);
                    choices.addAll(orders.keySet());
                    orderBreached.getItems().setAll(choices);
                    orderBreached.setValue(orderId);
                    if (loaded.current() != null) {
                        basedOn = loaded.current().latestVersion();
                        title.setText(Messages.get("incident.form.amendTitle", loaded.current().number()));
                        fill(loaded.current().current().draft());
                        reason.requestFocus();
                    } else {
                        occurredOn.requestFocus();
                    }
                })
                .onFailure(this::showProblem)
                .start();
    }

    private record Loaded(List<LinkedPerpetrator> linked, IncidentRecord current, List<OrderChoice> orders) {
    }

    private void fill(IncidentDraft d) {
        occurredOn.setValue(d.occurredOn());
        occurredAt.setText(d.occurredAt() == null ? "" : d.occurredAt().toString());
        endedOn.setValue(d.endedOn());
        endedAt.setText(d.endedAt() == null ? "" : d.endedAt().toString());
        approximate.setSelected(d.approximate());
        behaviourBoxes.forEach((b, box) -> box.setSelected(d.behaviours().contains(b)));
        channel.setValue(d.channel());
        place.setValue(d.place());
        placeDetail.setText(d.location());
        perpetrators.getCheckModel().clearChecks();
        d.perpetratorIds().forEach(id -> perpetrators.getCheckModel().check(id));
        description.setText(d.description());
        verbatim.setText(d.verbatim());
        impact.setText(d.impact());
        clientAfraid.setSelected(d.clientAfraid());
        childrenInvolved.setSelected(d.childrenInvolved());
        witnesses.setText(d.witnesses());
        source.setValue(d.source());
        policeReported.setSelected(d.police().reported());
        policeForce.setText(d.police().force());
        crimeReference.setText(d.police().crimeReference());
        officer.setText(d.police().officer());
        orderId = d.orderId();
        if (orderId == null || orderBreached.getItems().contains(orderId)) {
            orderBreached.setValue(orderId);
        }
    }

    /** The draft as typed, with the fields that could not be read at all. */
    private IncidentDraft draft(Map<String, String> unreadable) {
        TypedDate.commit(occurredOn);
        TypedDate.commit(endedOn);
        if (occurredOnUnreadable.get()) {
            unreadable.put("occurredOn", "incident.invalid.dateRequired");
        }
        if (endedOnUnreadable.get()) {
            unreadable.put("endedOn", "incident.invalid.dateRequired");
        }
        LocalTime at = time(occurredAt, "occurredAt", unreadable);
        LocalTime until = time(endedAt, "endedAt", unreadable);
        Set<Behaviour> chosen = EnumSet.noneOf(Behaviour.class);
        behaviourBoxes.forEach((b, box) -> {
            if (box.isSelected()) {
                chosen.add(b);
            }
        });
        List<Long> named = new ArrayList<>(perpetrators.getCheckModel().getCheckedItems());
        boolean reported = policeReported.isSelected();
        return new IncidentDraft(occurredOn.getValue(), at, endedOn.getValue(), until, approximate.isSelected(), chosen,
                channel.getValue(), place.getValue(), placeDetail.getText(), named, verbatim.getText(),
                description.getText(), impact.getText(), clientAfraid.isSelected(), witnesses.getText(),
                childrenInvolved.isSelected(), source.getValue(),
                reported ? new PoliceReport(true, policeForce.getText(), crimeReference.getText(), officer.getText())
                        : PoliceReport.NONE, orderBreached.getValue());
    }

    private static LocalTime time(TextField field, String name, Map<String, String> unreadable) {
        String text = field.getText() == null ? "" : field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            unreadable.put(name, "incident.invalid.time");
            return null;
        }
    }

    @FXML
    private void save() {
        Map<String, String> unreadable = new LinkedHashMap<>();
        IncidentDraft draft = draft(unreadable);
        Map<String, String> problems = new LinkedHashMap<>(unreadable);
        IncidentRules.problems(draft, LocalDate.now(workspace.clock())).forEach(problems::putIfAbsent);
        if (incidentId != null && reason.getText().isBlank()) {
            problems.put("reason", "incident.invalid.reasonRequired");
        }
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        submit(draft, basedOn);
    }

    private void submit(IncidentDraft draft, int version) {
        save.setDisable(true);
        workspace.background().run(Messages.get("incident.form.saving"), () -> incidentId == null
                        ? workspace.incidents().record(clientId, draft)
                        : workspace.incidents().amend(incidentId, version, draft, reason.getText()))
                .onSuccess(saved -> navigator.openIncident(saved.id()))
                .onFailure(failure -> {
                    save.setDisable(false);
                    if (failure instanceof IncidentConflict conflict) {
                        resolve(conflict, draft);
                    } else if (failure instanceof InvalidInput invalid) {
                        showProblems(invalid.problems());
                    } else {
                        showProblem(failure);
                    }
                })
                .start();
    }

    /** Someone amended it meanwhile: keep mine as a further amendment, or drop mine and read theirs. */
    private void resolve(IncidentConflict conflict, IncidentDraft mine) {
        ButtonType keep = new ButtonType(Messages.get("incident.form.conflict.keepMine"), ButtonBar.ButtonData.OK_DONE);
        ButtonType take = new ButtonType(Messages.get("incident.form.conflict.takeTheirs"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, conflict.getMessage(), keep, take);
        alert.setTitle(Messages.get("incident.form.conflict.title"));
        alert.setHeaderText(null);
        alert.initOwner(save.getScene().getWindow());
        if (alert.showAndWait().orElse(take) == keep) {
            basedOn = conflict.saved().latestVersion();
            submit(mine, basedOn);
        } else {
            navigator.openIncident(incidentId);
        }
    }

    private void showProblems(Map<String, String> problems) {
        Map<String, Node> fields = fields();
        fields.values().forEach(n -> n.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, false));
        List<String> sentences = new ArrayList<>();
        Node first = null;
        for (Map.Entry<String, String> p : problems.entrySet()) {
            String sentence = Messages.get(p.getValue());
            if (!sentences.contains(sentence)) {
                sentences.add(sentence);
            }
            Node field = fields.get(p.getKey());
            if (field != null) {
                field.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, true);
                if (first == null) {
                    first = field;
                }
            }
        }
        message.setText(Messages.get("incident.form.problems") + "\n• " + String.join("\n• ", sentences));
        message.setVisible(true);
        message.setManaged(true);
        if (first != null) {
            first.requestFocus();
        }
    }

    private void showProblem(Throwable failure) {
        message.setText(org.casefile.ui.Dialogs.sentenceFor(failure));
        message.setVisible(true);
        message.setManaged(true);
    }

    private Map<String, Node> fields() {
        Map<String, Node> m = new LinkedHashMap<>();
        m.put("reason", reason);
        m.put("occurredOn", occurredOn);
        m.put("occurredAt", occurredAt);
        m.put("endedOn", endedOn);
        m.put("endedAt", endedAt);
        m.put("behaviours", behaviourBoxes.get(Behaviour.FOLLOWING));
        m.put("location", placeDetail);
        m.put("perpetrators", perpetrators);
        m.put("description", description);
        m.put("verbatim", verbatim);
        m.put("impact", impact);
        m.put("witnesses", witnesses);
        m.put("policeReported", policeReported);
        m.put("policeForce", policeForce);
        m.put("crimeReference", crimeReference);
        m.put("officer", officer);
        m.put("orderId", orderBreached);
        return m;
    }

    @FXML
    private void cancel() {
        if (incidentId == null) {
            navigator.openClientTab(clientId, "incidents");
        } else {
            navigator.openIncident(incidentId);
        }
    }
}
