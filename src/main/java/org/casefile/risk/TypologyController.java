package org.casefile.risk;

import org.casefile.Dates;
import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.casefile.InvalidInput;
import org.casefile.Messages;
import org.casefile.exchange.CaseExchange;
import org.casefile.typology.ContextFlag;
import org.casefile.typology.Evidence;
import org.casefile.typology.FindingText;
import org.casefile.typology.FiredRule;
import org.casefile.typology.MentalHealthIndicator;
import org.casefile.typology.StalkerType;
import org.casefile.typology.TypologyFinding;
import org.casefile.typology.WarningResponse;
import org.casefile.ui.Converters;
import org.casefile.ui.Dialogs;
import org.casefile.ui.Workspace;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The typology assistant on a case: what the caseworker knows about how it began (per perpetrator), a run of
 * the rules with the types ranked, every reason linked to its incidents, the caseworker's confirmation or
 * override with a reason, and every earlier finding. The notice at the top says plainly that this is an aid to
 * judgement, not a risk score.
 */
public final class TypologyController {

    @FXML private ScrollPane scroll;
    @FXML private Label notice;
    @FXML private Label problem;
    @FXML private ChoiceBox<PerpetratorFacts> perpetrator;
    @FXML private Button run;
    @FXML private Label noPerpetrator;
    @FXML private VBox contextSection;
    @FXML private VBox flags;
    @FXML private ChoiceBox<WarningResponse> warnings;
    @FXML private TextField priorVictims;
    @FXML private VBox mentalHealth;
    @FXML private TextArea contextNotes;
    @FXML private Button saveContext;
    @FXML private Label contextSaved;
    @FXML private VBox findingCard;
    @FXML private Label stale;
    @FXML private Label runInfo;
    @FXML private Label primary;
    @FXML private Label secondary;
    @FXML private Label modality;
    @FXML private Label status;
    @FXML private GridPane scores;
    @FXML private VBox reasons;
    @FXML private Label decided;
    @FXML private HBox decideButtons;
    @FXML private Button confirm;
    @FXML private Button override;
    @FXML private VBox overrideForm;
    @FXML private ChoiceBox<StalkerType> overrideType;
    @FXML private TextArea overrideReason;
    @FXML private TableView<ClassificationRecord> history;
    @FXML private TableColumn<ClassificationRecord, String> runColumn;
    @FXML private TableColumn<ClassificationRecord, String> aboutColumn;
    @FXML private TableColumn<ClassificationRecord, String> findingColumn;
    @FXML private TableColumn<ClassificationRecord, String> decisionColumn;
    @FXML private TableColumn<ClassificationRecord, String> reasonColumn;

    private final Workspace workspace;
    private final long clientId;
    private final IntConsumer openIncident;
    private final Map<ContextFlag, CheckBox> flagBoxes = new EnumMap<>(ContextFlag.class);
    private final Map<MentalHealthIndicator, CheckBox> healthBoxes = new EnumMap<>(MentalHealthIndicator.class);
    private ClassificationRecord shown;
    private boolean filling;

    /** @param openIncident opens incident N of this client (the reasons link to them) */
    public TypologyController(Workspace workspace, long clientId, IntConsumer openIncident) {
        this.workspace = workspace;
        this.clientId = clientId;
        this.openIncident = openIncident;
    }

    private record Loaded(List<PerpetratorFacts> perpetrators, List<ClassificationRecord> history) {
    }

    @FXML
    private void initialize() {
        notice.setText(Messages.get(TypologyFinding.NOTICE_KEY));
        perpetrator.setConverter(Converters.showing(p -> p == null ? "" : Messages.get("typology.screen.perpetrator",
                p.reference(), p.name(), Messages.get(p.relationship().labelKey()))));
        perpetrator.setAccessibleText(Messages.get("typology.screen.about"));
        perpetrator.valueProperty().addListener((obs, was, now) -> choose(now));
        for (ContextFlag f : ContextFlag.values()) {
            CheckBox box = new CheckBox(Messages.get(f.labelKey()));
            box.setWrapText(true);
            box.setId("flag-" + f.name());
            flagBoxes.put(f, box);
            flags.getChildren().add(box);
        }
        for (MentalHealthIndicator m : MentalHealthIndicator.values()) {
            CheckBox box = new CheckBox(Messages.get(m.labelKey()));
            box.setWrapText(true);
            box.setId("health-" + m.name());
            healthBoxes.put(m, box);
            mentalHealth.getChildren().add(box);
        }
        warnings.getItems().setAll(WarningResponse.values());
        warnings.setConverter(Converters.showing(w -> w == null ? "" : Messages.get(w.labelKey())));
        warnings.setAccessibleText(Messages.get("typology.screen.warnings"));
        priorVictims.setAccessibleText(Messages.get("typology.screen.priorVictims"));
        contextNotes.setAccessibleText(Messages.get("typology.screen.notes"));
        overrideType.setConverter(Converters.showing(t -> t == null ? Messages.get("typology.undetermined")
                : Messages.get(t.labelKey())));
        overrideType.setAccessibleText(Messages.get("typology.screen.overrideType"));
        overrideReason.setAccessibleText(Messages.get("typology.screen.overrideReason"));

        runColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Dates.when().format(
                c.getValue().runAt().atZone(workspace.clock().getZone()))
                + (c.getValue().stale() ? " " + Messages.get("typology.column.stale") : "")));
        aboutColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().perpetratorReference() == null
                ? Messages.get("typology.column.nobody") : c.getValue().perpetratorReference()));
        findingColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(typeName(c.getValue().finding().primary())));
        decisionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(decisionText(c.getValue())));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().decisionReason()));
        history.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                show(now);
            }
        });
        load(null);
    }

    /** Reads the case again; then shows {@code focus} if given, else the latest finding for the chosen perpetrator. */
    private void load(ClassificationRecord focus) {
        Long keep = perpetrator.getValue() == null ? null : perpetrator.getValue().perpetratorId();
        workspace.background().run(Messages.get("typology.screen.loading"), () -> new Loaded(
                        workspace.typology().perpetrators(clientId), workspace.typology().history(clientId)))
                .onSuccess(loaded -> {
                    hideProblem();
                    filling = true;
                    try {
                        perpetrator.getItems().setAll(loaded.perpetrators());
                        PerpetratorFacts chosen = loaded.perpetrators().stream()
                                .filter(p -> keep != null && p.perpetratorId() == keep).findFirst()
                                .orElse(loaded.perpetrators().isEmpty() ? null : loaded.perpetrators().getFirst());
                        perpetrator.setValue(chosen);
                    } finally {
                        filling = false;
                    }
                    boolean none = loaded.perpetrators().isEmpty();
                    show(noPerpetrator, none);
                    show(contextSection, !none);
                    perpetrator.setDisable(loaded.perpetrators().size() < 2);
                    history.getItems().setAll(loaded.history());
                    fillContext(perpetrator.getValue());
                    ClassificationRecord target = focus != null ? loaded.history().stream()
                            .filter(c -> c.id() == focus.id()).findFirst().orElse(focus) : latestFor(perpetrator.getValue());
                    if (target == null) {
                        show(findingCard, false);
                    } else {
                        show(target);
                    }
                })
                .onFailure(this::showProblem)
                .start();
    }

    private ClassificationRecord latestFor(PerpetratorFacts p) {
        return history.getItems().stream()
                .filter(c -> p == null ? c.perpetratorId() == null : Long.valueOf(p.perpetratorId()).equals(c.perpetratorId()))
                .findFirst().orElse(null);
    }

    private void choose(PerpetratorFacts p) {
        if (filling) {
            return;
        }
        contextSaved.setText("");
        fillContext(p);
        ClassificationRecord latest = latestFor(p);
        if (latest == null) {
            show(findingCard, false);
        } else {
            show(latest);
        }
    }

    private void fillContext(PerpetratorFacts p) {
        CaseExchange.Context c = p == null ? CaseExchange.Context.NONE : p.context();
        flagBoxes.forEach((flag, box) -> box.setSelected(c.flags().contains(flag)));
        healthBoxes.forEach((m, box) -> box.setSelected(c.mentalHealth().contains(m)));
        warnings.setValue(c.warnings());
        priorVictims.setText(Integer.toString(c.priorVictims()));
        contextNotes.setText(c.notes());
    }

    @FXML
    private void saveContext() {
        PerpetratorFacts p = perpetrator.getValue();
        if (p == null) {
            return;
        }
        int victims;
        try {
            victims = priorVictims.getText().isBlank() ? 0 : Integer.parseInt(priorVictims.getText().strip());
        } catch (NumberFormatException e) {
            priorVictims.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            showProblem(Messages.get("typology.invalid.priorVictims"));
            priorVictims.requestFocus();
            return;
        }
        Set<ContextFlag> ticked = EnumSet.noneOf(ContextFlag.class);
        flagBoxes.forEach((flag, box) -> {
            if (box.isSelected()) {
                ticked.add(flag);
            }
        });
        Set<MentalHealthIndicator> health = EnumSet.noneOf(MentalHealthIndicator.class);
        healthBoxes.forEach((m, box) -> {
            if (box.isSelected()) {
                health.add(m);
            }
        });
        CaseExchange.Context context = new CaseExchange.Context(ticked, victims, warnings.getValue(), health,
                contextNotes.getText());
        saveContext.setDisable(true);
        workspace.background().run(Messages.get("typology.screen.saving"),
                        () -> workspace.typology().saveContext(clientId, p.perpetratorId(), p.contextVersion(), context))
                .onSuccess(saved -> {
                    saveContext.setDisable(false);
                    priorVictims.pseudoClassStateChanged(Styles.STATE_DANGER, false);
                    load(null);
                    contextSaved.setText(Messages.get("typology.screen.contextSaved"));
                })
                .onFailure(failure -> {
                    saveContext.setDisable(false);
                    if (failure instanceof InvalidInput invalid) {
                        invalid.problems().keySet().forEach(k -> ("priorVictims".equals(k) ? priorVictims : contextNotes)
                                .pseudoClassStateChanged(Styles.STATE_DANGER, true));
                        showProblem(String.join(" ", invalid.problems().values().stream().map(Messages::get).toList()));
                    } else {
                        showProblem(failure);
                    }
                })
                .start();
    }

    @FXML
    private void run() {
        PerpetratorFacts p = perpetrator.getValue();
        run.setDisable(true);
        workspace.background().run(Messages.get("typology.screen.running"),
                        () -> workspace.typology().run(clientId, p == null ? null : p.perpetratorId()))
                .onSuccess(found -> {
                    run.setDisable(false);
                    load(found);
                })
                .onFailure(failure -> {
                    run.setDisable(false);
                    showProblem(failure);
                })
                .start();
    }

    private void show(ClassificationRecord c) {
        shown = c;
        show(findingCard, true);
        TypologyFinding f = c.finding();
        show(stale, c.stale());
        stale.setText(Messages.get("typology.screen.stale"));
        runInfo.setText(Messages.get("typology.screen.runInfo", Dates.when().format(c.runAt().atZone(workspace.clock().getZone())),
                c.runBy(), c.incidentCount(), c.perpetratorReference() == null
                        ? Messages.get("typology.column.nobody") : c.perpetratorReference()));
        primary.setText(typeName(f.primary()));
        secondary.setText(f.secondary() == null ? "" : Messages.get("typology.screen.secondary", typeName(f.secondary())));
        show(modality, f.cyberEnabled());
        modality.setText(f.modalities().stream().map(m -> Messages.get(m.labelKey())).reduce((a, b) -> a + ", " + b).orElse(""));
        status.setText(Messages.get(f.statusKey()));
        showScores(f);
        showReasons(f);
        showDecision(c);
    }

    private void showScores(TypologyFinding f) {
        scores.getChildren().clear();
        int top = Math.max(TypologyFinding.PRIMARY_MIN_SCORE, f.scores().getFirst().score());
        int row = 0;
        for (TypologyFinding.TypeScore s : f.scores()) {
            Label name = new Label(typeName(s.type()));
            ProgressBar bar = new ProgressBar((double) s.score() / top);
            bar.setPrefWidth(260);
            bar.getStyleClass().add("score-bar");
            bar.setAccessibleText(Messages.get("typology.screen.scoreAccessible", typeName(s.type()), s.score()));
            Label score = new Label(Integer.toString(s.score()));
            scores.addRow(row++, name, bar, score);
        }
    }

    private void showReasons(TypologyFinding f) {
        reasons.getChildren().clear();
        if (f.fired().isEmpty()) {
            Label none = new Label(Messages.get("typology.screen.noReasons"));
            none.getStyleClass().add("text-muted");
            reasons.getChildren().add(none);
        }
        for (FiredRule r : f.fired()) {
            String weight = (r.weight() > 0 ? "+" : "") + r.weight();
            Label head = new Label(Messages.get(r.against() ? "typology.screen.against" : "typology.screen.supports",
                    typeName(r.type()), weight), new FontIcon(r.against() ? "mdmz-remove_circle_outline" : "mdal-add_circle_outline"));
            head.getStyleClass().addAll("text-bold", r.against() ? "rule-against" : "rule-for");
            Label sentence = new Label(r.reason());
            sentence.setWrapText(true);
            sentence.setMinHeight(Label.USE_PREF_SIZE);
            VBox box = new VBox(3, head, sentence);
            for (Evidence e : r.evidence()) {
                Label line = new Label(FindingText.evidence(e));
                line.setWrapText(true);
                line.getStyleClass().add("text-muted");
                box.getChildren().add(line);
            }
            FlowPane links = incidentLinks(r.evidence());
            if (!links.getChildren().isEmpty()) {
                box.getChildren().add(links);
            }
            box.setAccessibleText(head.getText() + ". " + r.reason());
            reasons.getChildren().add(box);
        }
        if (!f.modalityEvidence().isEmpty()) {
            Label head = new Label(Messages.get("typology.screen.modalityWhy"));
            head.getStyleClass().add("text-bold");
            VBox box = new VBox(3, head);
            f.modalityEvidence().forEach(e -> box.getChildren().add(new Label(FindingText.evidence(e))));
            reasons.getChildren().add(box);
        }
    }

    private FlowPane incidentLinks(List<Evidence> evidence) {
        Set<Integer> numbers = new LinkedHashSet<>();
        evidence.forEach(e -> numbers.addAll(e.incidents()));
        FlowPane links = new FlowPane(6, 2);
        List<Integer> sorted = new ArrayList<>(numbers);
        sorted.sort(Integer::compare);
        for (int n : sorted.subList(0, Math.min(sorted.size(), 12))) {
            Hyperlink link = new Hyperlink(Messages.get("typology.screen.incident", n));
            link.setAccessibleText(Messages.get("typology.screen.openIncident", n));
            link.setOnAction(e -> openIncident.accept(n));
            links.getChildren().add(link);
        }
        if (sorted.size() > 12) {
            links.getChildren().add(new Label(Messages.get("typology.screen.moreIncidents", sorted.size() - 12)));
        }
        return links;
    }

    private void showDecision(ClassificationRecord c) {
        show(overrideForm, false);
        boolean latest = c.equals(latestFor(perpetrator.getValue())) || perpetrator.getValue() == null;
        if (c.decided()) {
            decided.setText(decisionText(c) + (c.decisionReason().isEmpty() ? ""
                    : Messages.get("typology.screen.because", c.decisionReason())));
            show(decideButtons, false);
        } else if (c.stale() || !latest) {
            decided.setText(Messages.get("typology.screen.notDecidedStale"));
            show(decideButtons, false);
        } else {
            decided.setText(Messages.get("typology.screen.notDecided"));
            show(decideButtons, true);
            confirm.setText(Messages.get("typology.screen.confirm", typeName(c.finding().primary())));
        }
    }

    @FXML
    private void confirm() {
        decide(Decision.CONFIRMED, null, "");
    }

    @FXML
    private void startOverride() {
        List<StalkerType> others = new ArrayList<>();
        if (shown.finding().primary() != null) {
            others.add(null);
        }
        for (StalkerType t : StalkerType.values()) {
            if (t != shown.finding().primary()) {
                others.add(t);
            }
        }
        overrideType.getItems().setAll(others);
        overrideType.setValue(others.getFirst());
        overrideReason.clear();
        show(overrideForm, true);
        show(decideButtons, false);
        overrideType.requestFocus();
    }

    @FXML
    private void cancelOverride() {
        showDecision(shown);
    }

    @FXML
    private void saveOverride() {
        decide(Decision.OVERRIDDEN, overrideType.getValue(), overrideReason.getText());
    }

    private void decide(Decision decision, StalkerType type, String reason) {
        ClassificationRecord c = shown;
        workspace.background().run(Messages.get("typology.screen.saving"),
                        () -> workspace.typology().decide(clientId, c.id(), c.version(), decision, type, reason))
                .onSuccess(saved -> {
                    overrideReason.pseudoClassStateChanged(Styles.STATE_DANGER, false);
                    load(saved);
                })
                .onFailure(failure -> {
                    if (failure instanceof InvalidInput invalid) {
                        if (invalid.problems().containsKey("reason")) {
                            overrideReason.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                            overrideReason.requestFocus();
                        }
                        showProblem(String.join(" ", invalid.problems().values().stream().map(Messages::get).toList()));
                    } else {
                        showProblem(failure);
                    }
                })
                .start();
    }

    private static String decisionText(ClassificationRecord c) {
        if (!c.decided()) {
            return Messages.get("typology.column.undecided");
        }
        return Messages.get(c.decision() == Decision.CONFIRMED ? "typology.screen.confirmedBy" : "typology.screen.overriddenBy",
                typeName(c.decidedType()), c.decidedBy(), Dates.when().format(c.decidedAt().atZone(java.time.ZoneId.systemDefault())));
    }

    private static String typeName(StalkerType t) {
        return t == null ? Messages.get("typology.undetermined") : Messages.get(t.labelKey());
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void hideProblem() {
        show(problem, false);
    }

    private void showProblem(Throwable failure) {
        showProblem(Dialogs.sentenceFor(failure));
    }

    private void showProblem(String sentence) {
        problem.setText(sentence);
        show(problem, true);
        scroll.setVvalue(0);
    }
}
