package org.casefile.risk;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.casefile.InvalidInput;
import org.casefile.Messages;
import org.casefile.ui.Converters;
import org.casefile.ui.Dialogs;
import org.casefile.ui.ScrollIntoView;
import org.casefile.ui.TypedDate;
import org.casefile.ui.Workspace;

/**
 * Completing a risk checklist: every factor answered (with a source for each "yes" and a comment), the running
 * count and the level it suggests, the caseworker's level (never below the suggestion; reasons when above) and
 * the next review date. Nothing is saved until every check passes; a failed save keeps every answer.
 */
public final class AssessmentFormController {
    /** Default days to the next review by level: sooner the higher the risk. The caseworker can change it. */
    static final Map<RiskLevel, Integer> REVIEW_DAYS = Map.of(RiskLevel.HIGH, 28, RiskLevel.MEDIUM, 56,
            RiskLevel.STANDARD, 91);

    @FXML private Label checklistName;
    @FXML private Label message;
    @FXML private ScrollPane scroller;
    @FXML private DatePicker assessedOn;
    @FXML private VBox areas;
    @FXML private Label count;
    @FXML private ChoiceBox<RiskLevel> chosen;
    @FXML private DatePicker nextReview;
    @FXML private TextArea reasons;
    @FXML private Button save;

    private final Workspace workspace;
    private final long clientId;
    private final Checklist checklist;
    private final Consumer<AssessmentRecord> done;
    private final Map<String, FactorRow> rows = new LinkedHashMap<>();
    private final SimpleBooleanProperty assessedOnUnreadable = new SimpleBooleanProperty();
    private final SimpleBooleanProperty nextReviewUnreadable = new SimpleBooleanProperty();
    private boolean levelTouched;
    private boolean reviewTouched;
    private boolean updating;

    /** @param done called with the saved assessment, or with null when the caseworker cancels */
    public AssessmentFormController(Workspace workspace, long clientId, Checklist checklist,
                                    Consumer<AssessmentRecord> done) {
        this.workspace = workspace;
        this.clientId = clientId;
        this.checklist = checklist;
        this.done = done;
    }

    /** One factor's controls. */
    private record FactorRow(Checklist.Factor factor, ToggleGroup answer, ChoiceBox<AnswerSource> source,
                             TextField comment, VBox box) {
        Answer chosen() {
            return answer.getSelectedToggle() == null ? null : (Answer) answer.getSelectedToggle().getUserData();
        }
    }

    @FXML
    private void initialize() {
        LocalDate today = LocalDate.now(workspace.clock());
        checklistName.setText(Messages.get("risk.form.checklist", checklist.name(), checklist.version()));
        assessedOn.setConverter(new TypedDate(assessedOnUnreadable));
        nextReview.setConverter(new TypedDate(nextReviewUnreadable));
        assessedOn.setValue(today);
        assessedOn.setAccessibleText(Messages.get("risk.form.assessedOn"));
        nextReview.setAccessibleText(Messages.get("risk.form.nextReview"));
        reasons.setAccessibleText(Messages.get("risk.form.reasons"));
        chosen.getItems().setAll(RiskLevel.STANDARD, RiskLevel.MEDIUM, RiskLevel.HIGH);
        chosen.setConverter(Converters.showing(l -> l == null ? "" : Messages.get(l.labelKey())));
        chosen.setAccessibleText(Messages.get("risk.form.chosen"));
        for (Checklist.Area area : checklist.areas()) {
            VBox section = new VBox(10);
            section.getStyleClass().add("form-section");
            Label title = new Label(area.title());
            title.getStyleClass().add("title-4");
            section.getChildren().add(title);
            for (Checklist.Factor f : area.factors()) {
                FactorRow row = factorRow(f);
                rows.put(f.id(), row);
                section.getChildren().add(row.box());
            }
            areas.getChildren().add(section);
        }
        chosen.valueProperty().addListener((obs, was, now) -> {
            if (!updating) {
                levelTouched = true;
                suggestReview();
            }
        });
        nextReview.valueProperty().addListener((obs, was, now) -> {
            if (!updating) {
                reviewTouched = true;
            }
        });
        assessedOn.valueProperty().addListener((obs, was, now) -> suggestReview());
        recount();
        ScrollIntoView.install(scroller);
    }

    private FactorRow factorRow(Checklist.Factor f) {
        Label text = new Label(f.text());
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        text.getStyleClass().add("factor-text");
        ToggleGroup group = new ToggleGroup();
        org.casefile.ui.WrapRow answers = new org.casefile.ui.WrapRow(14);
        for (Answer a : Answer.values()) {
            RadioButton r = new RadioButton(Messages.get(a.labelKey()));
            r.setUserData(a);
            r.setToggleGroup(group);
            r.setId("answer-" + f.id() + "-" + a.name());
            r.setAccessibleText(Messages.get(a.labelKey()) + ": " + f.text());
            answers.getChildren().add(r);
        }
        ChoiceBox<AnswerSource> source = new ChoiceBox<>();
        source.getItems().setAll(AnswerSource.values());
        source.setConverter(Converters.showing(s -> s == null ? Messages.get("risk.form.sourcePrompt")
                : Messages.get(s.labelKey())));
        source.setId("source-" + f.id());
        source.setAccessibleText(Messages.get("risk.form.source") + ": " + f.text());
        source.setDisable(true);
        org.casefile.ui.Views.keepChoiceWhole(source);
        TextField comment = new TextField();
        comment.setPromptText(Messages.get("risk.form.comment"));
        comment.setAccessibleText(Messages.get("risk.form.comment") + ": " + f.text());
        comment.setId("comment-" + f.id());
        HBox.setHgrow(comment, Priority.ALWAYS);
        // The answers, the source and the comment share a line while they fit, and wrap at large text sizes.
        org.casefile.ui.WrapRow details = new org.casefile.ui.WrapRow(10, answers, source, comment);
        details.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, text, details);
        box.getStyleClass().add("factor-row");
        box.setId("factor-" + f.id());
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            boolean yes = now != null && now.getUserData() == Answer.YES;
            source.setDisable(!yes);
            if (!yes) {
                source.setValue(null);
            } else if (source.getValue() == null) {
                source.setValue(AnswerSource.CLIENT);
            }
            box.pseudoClassStateChanged(Styles.STATE_DANGER, false);
            recount();
        });
        return new FactorRow(f, group, source, comment, box);
    }

    /** The running count, the level it suggests, and the caseworker's level kept at least that high. */
    private void recount() {
        int yes = 0;
        int answered = 0;
        for (FactorRow row : rows.values()) {
            Answer a = row.chosen();
            if (a != null) {
                answered++;
            }
            if (a == Answer.YES) {
                yes++;
            }
        }
        RiskLevel suggested = checklist.suggested(yes);
        count.setText(Messages.get("risk.form.count", yes, answered, rows.size(), Messages.get(suggested.labelKey())));
        count.getStyleClass().removeAll("risk-standard", "risk-medium", "risk-high");
        count.getStyleClass().add("risk-" + suggested.name().toLowerCase(java.util.Locale.ROOT));
        updating = true;
        try {
            if (!levelTouched || chosen.getValue() == null || chosen.getValue().compareTo(suggested) < 0) {
                chosen.setValue(suggested);
            }
        } finally {
            updating = false;
        }
        suggestReview();
    }

    private void suggestReview() {
        if (reviewTouched || assessedOn.getValue() == null || chosen.getValue() == null) {
            return;
        }
        updating = true;
        try {
            nextReview.setValue(assessedOn.getValue().plusDays(REVIEW_DAYS.get(chosen.getValue())));
        } finally {
            updating = false;
        }
    }

    private AssessmentDraft draft() {
        TypedDate.commit(assessedOn);
        TypedDate.commit(nextReview);
        Map<String, AssessmentDraft.Given> answers = new HashMap<>();
        rows.forEach((id, row) -> {
            if (row.chosen() != null) {
                answers.put(id, new AssessmentDraft.Given(row.chosen(), row.source().getValue(), row.comment().getText()));
            }
        });
        return new AssessmentDraft(assessedOn.getValue(), answers, chosen.getValue(), reasons.getText(),
                nextReview.getValue());
    }

    @FXML
    private void save() {
        AssessmentDraft draft = draft();
        Map<String, String> problems = new LinkedHashMap<>();
        if (assessedOnUnreadable.get()) {
            problems.put("assessedOn", "risk.invalid.dateRequired");
        }
        if (nextReviewUnreadable.get()) {
            problems.put("nextReview", "risk.invalid.dateRequired");
        }
        RiskRules.problems(checklist, draft, LocalDate.now(workspace.clock())).forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        save.setDisable(true);
        workspace.background().run(Messages.get("risk.form.saving"), () -> workspace.risk().assess(clientId, checklist, draft))
                .onSuccess(done)
                .onFailure(failure -> {
                    save.setDisable(false);
                    if (failure instanceof InvalidInput invalid) {
                        showProblems(invalid.problems());
                    } else {
                        message.setText(Dialogs.sentenceFor(failure));
                        message.setVisible(true);
                        message.setManaged(true);
                    }
                })
                .start();
    }

    @FXML
    private void cancel() {
        done.accept(null);
    }

    private Map<String, Node> fields() {
        Map<String, Node> f = new HashMap<>();
        f.put("assessedOn", assessedOn);
        f.put("chosen", chosen);
        f.put("reasons", reasons);
        f.put("nextReview", nextReview);
        rows.forEach((id, row) -> f.put("answer." + id, row.box()));
        return f;
    }

    private void showProblems(Map<String, String> problems) {
        Map<String, Node> fields = fields();
        fields.values().forEach(n -> n.pseudoClassStateChanged(Styles.STATE_DANGER, false));
        List<String> sentences = new ArrayList<>();
        Node first = null;
        int unanswered = 0;
        for (Map.Entry<String, String> p : problems.entrySet()) {
            if (p.getValue().equals("risk.invalid.unanswered")) {
                unanswered++;
            }
            String sentence = Messages.get(p.getValue());
            if (!sentences.contains(sentence)) {
                sentences.add(sentence);
            }
            Node field = fields.get(p.getKey());
            if (field != null) {
                field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                if (first == null) {
                    first = field;
                }
            }
        }
        String head = unanswered > 0 ? Messages.get("risk.form.unansweredCount", unanswered)
                : Messages.get("risk.form.problems");
        message.setText(head + "\n• " + String.join("\n• ", sentences));
        message.setVisible(true);
        message.setManaged(true);
        if (first != null) {
            Node target = first instanceof VBox box ? box.lookup(".radio-button") : first;
            if (target != null) {
                target.requestFocus();
            }
        }
    }
}
