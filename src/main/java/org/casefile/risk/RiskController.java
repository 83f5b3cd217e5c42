package org.casefile.risk;

import org.casefile.Dates;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.casefile.InvalidInput;
import org.casefile.Messages;
import org.casefile.client.RiskCell;
import org.casefile.ui.Converters;
import org.casefile.ui.Dialogs;
import org.casefile.ui.TypedDate;
import org.casefile.ui.Views;
import org.casefile.ui.Workspace;

/**
 * A client's risk: the level in force and when it is next reviewed (overdue in red), every assessment (select
 * one to read its answers), other agencies' grades, and signed risk notes. "Assess risk" opens the checklist
 * in place of this view; saving or cancelling comes back here.
 */
public final class RiskController {

    @FXML private StackPane root;
    @FXML private ScrollPane overview;
    @FXML private HBox levelChip;
    @FXML private Label review;
    @FXML private Button assess;
    @FXML private Label problem;
    @FXML private FlowPane grades;
    @FXML private TableView<AssessmentRecord> assessments;
    @FXML private TableColumn<AssessmentRecord, String> assessedOnColumn;
    @FXML private TableColumn<AssessmentRecord, RiskLevel> levelColumn;
    @FXML private TableColumn<AssessmentRecord, String> countColumn;
    @FXML private TableColumn<AssessmentRecord, String> assessorColumn;
    @FXML private TableColumn<AssessmentRecord, String> nextReviewColumn;
    @FXML private TableColumn<AssessmentRecord, String> reasonsColumn;
    @FXML private VBox detail;
    @FXML private TableView<GradeRecord> gradeTable;
    @FXML private TableColumn<GradeRecord, String> gradedOnColumn;
    @FXML private TableColumn<GradeRecord, String> schemeColumn;
    @FXML private TableColumn<GradeRecord, String> gradeColumn;
    @FXML private TableColumn<GradeRecord, String> givenByColumn;
    @FXML private ChoiceBox<GradeScheme> scheme;
    @FXML private ChoiceBox<GradeScheme.Grade> grade;
    @FXML private DatePicker gradedOn;
    @FXML private TextField givenBy;
    @FXML private Button addGrade;
    @FXML private Label gradeProblem;
    @FXML private Label noteProblem;
    @FXML private ChoiceBox<NoteKind> noteKind;
    @FXML private TextArea noteText;
    @FXML private Button addNote;
    @FXML private VBox notes;

    private final Workspace workspace;
    private final long clientId;
    private final Runnable changed;
    private final SimpleBooleanProperty gradedOnUnreadable = new SimpleBooleanProperty();

    /** @param changed told after an assessment is saved (the client's level and the pattern may change) */
    public RiskController(Workspace workspace, long clientId, Runnable changed) {
        this.workspace = workspace;
        this.clientId = clientId;
        this.changed = changed;
    }

    @FXML
    private void initialize() {
        assessedOnColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Dates.day().format(c.getValue().assessedOn())));
        levelColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().chosen()));
        levelColumn.setCellFactory(col -> new RiskCell<>());
        countColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Messages.get("risk.column.countValue",
                c.getValue().yesCount(), c.getValue().factorCount(), Messages.get(c.getValue().suggested().labelKey()))));
        assessorColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().assessedBy()));
        nextReviewColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Dates.day().format(c.getValue().nextReview())));
        reasonsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reasons()));
        assessments.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showDetail(now));

        gradedOnColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Dates.day().format(c.getValue().gradedOn())));
        schemeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Messages.get(c.getValue().scheme().labelKey())));
        gradeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Messages.get(c.getValue().grade().labelKey())));
        givenByColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().note().isEmpty()
                ? c.getValue().givenBy() : c.getValue().givenBy() + " — " + c.getValue().note()));

        scheme.getItems().setAll(GradeScheme.values());
        scheme.setConverter(Converters.showing(s -> s == null ? "" : Messages.get(s.labelKey())));
        scheme.setAccessibleText(Messages.get("risk.grade.scheme"));
        scheme.valueProperty().addListener((obs, was, now) -> {
            grade.getItems().setAll(now == null ? java.util.List.of() : now.grades());
            grade.setValue(null);
        });
        grade.setConverter(Converters.showing(g -> g == null ? "" : Messages.get(g.labelKey())));
        grade.setAccessibleText(Messages.get("risk.grade.grade"));
        gradedOn.setConverter(new TypedDate(gradedOnUnreadable));
        gradedOn.setAccessibleText(Messages.get("risk.grade.gradedOn"));
        givenBy.setAccessibleText(Messages.get("risk.grade.givenBy"));

        noteKind.getItems().setAll(NoteKind.values());
        noteKind.setConverter(Converters.showing(k -> k == null ? "" : Messages.get(k.labelKey())));
        noteKind.setValue(NoteKind.SAFETY_PLANNING);
        noteKind.setAccessibleText(Messages.get("risk.note.kind"));
        noteText.setAccessibleText(Messages.get("risk.note.prompt"));
        org.casefile.ui.ScrollIntoView.install(overview);
        refresh();
    }

    /** Reads the client's risk again, in the background. */
    public void refresh() {
        workspace.background().run(Messages.get("risk.loading"), () -> workspace.risk().overview(clientId))
                .onSuccess(this::show)
                .onFailure(this::showProblem)
                .start();
    }

    private void show(RiskOverview o) {
        problem.setVisible(false);
        problem.setManaged(false);
        levelChip.getChildren().setAll(RiskCell.chip(o.level()));
        if (o.nextReview() == null) {
            review.setText(Messages.get("risk.summary.neverAssessed"));
            review.getStyleClass().setAll("label", "text-muted");
        } else {
            review.setText(Messages.get(o.overdue() ? "risk.summary.overdue" : "risk.summary.review",
                    Dates.day().format(o.nextReview())));
            review.getStyleClass().setAll("label", o.overdue() ? "danger" : "text-muted");
            if (o.overdue()) {
                review.getStyleClass().add("text-bold");
            }
        }
        review.setAccessibleText(review.getText());
        assessments.getItems().setAll(o.assessments());
        gradeTable.getItems().setAll(o.grades());
        showLatestGrades(o);
        notes.getChildren().clear();
        if (o.notes().isEmpty()) {
            Label none = new Label(Messages.get("risk.notes.none"));
            none.getStyleClass().add("text-muted");
            notes.getChildren().add(none);
        }
        ZoneId zone = workspace.clock().getZone();
        for (RiskNoteRecord n : o.notes()) {
            Label head = new Label(Messages.get("risk.note.head", Dates.when().format(n.writtenAt().atZone(zone)),
                    Messages.get(n.kind().labelKey()), n.writtenBy()));
            head.getStyleClass().addAll("text-muted", "text-small");
            Label body = new Label(n.body());
            body.setWrapText(true);
            body.setMinHeight(Label.USE_PREF_SIZE);
            VBox card = new VBox(4, head, body);
            card.getStyleClass().add("risk-note");
            card.setFocusTraversable(true);
            card.setAccessibleText(head.getText() + ". " + n.body());
            notes.getChildren().add(card);
        }
    }

    /** The latest grade from each other agency's tool, as chips beside the level. */
    private void showLatestGrades(RiskOverview o) {
        Map<GradeScheme, GradeRecord> latest = new EnumMap<>(GradeScheme.class);
        o.grades().forEach(g -> latest.putIfAbsent(g.scheme(), g));
        grades.getChildren().clear();
        latest.values().forEach(g -> {
            Label chip = new Label(Messages.get("risk.grade.chip", Messages.get(g.scheme().labelKey()),
                    Messages.get(g.grade().labelKey()), Dates.day().format(g.gradedOn())));
            chip.getStyleClass().addAll("chip", "external-grade",
                    "grade-" + g.grade().name().toLowerCase(java.util.Locale.ROOT));
            grades.getChildren().add(chip);
        });
    }

    private void showDetail(AssessmentRecord a) {
        boolean any = a != null;
        detail.setVisible(any);
        detail.setManaged(any);
        detail.getChildren().clear();
        if (!any) {
            return;
        }
        Label head = new Label(Messages.get("risk.detail.head", Dates.day().format(a.assessedOn()), a.assessedBy(),
                a.checklistName(), a.checklistVersion()));
        head.getStyleClass().add("text-bold");
        head.setWrapText(true);
        detail.getChildren().add(head);
        if (!a.reasons().isEmpty()) {
            Label reasons = new Label(Messages.get("risk.detail.reasons", a.reasons()));
            reasons.setWrapText(true);
            detail.getChildren().add(reasons);
        }
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        String area = null;
        for (AssessmentRecord.AnsweredFactor f : a.answers()) {
            if (!f.area().equals(area)) {
                area = f.area();
                Label title = new Label(area);
                title.getStyleClass().add("text-bold");
                grid.add(title, 0, row++, 3, 1);
            }
            Label text = new Label(f.text());
            org.casefile.ui.Wrapping.keepWords(text);
            text.setMaxWidth(520);
            Label answer = new Label(Messages.get(f.answer().labelKey()) + (f.source() == null ? ""
                    : " (" + Messages.get(f.source().labelKey()) + ")"));
            if (f.answer() == Answer.YES) {
                answer.getStyleClass().add("text-bold");
            }
            // The answer is short and must be read whole; the factor and the comment wrap between words.
            answer.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label comment = new Label(f.comment());
            org.casefile.ui.Wrapping.keepWords(comment);
            comment.getStyleClass().add("text-muted");
            grid.addRow(row++, text, answer, comment);
        }
        detail.getChildren().add(grid);
    }

    @FXML
    private void assess() {
        assess.setDisable(true);
        workspace.background().run(Messages.get("risk.loading"), () -> workspace.risk().checklist())
                .onSuccess(checklist -> {
                    assess.setDisable(false);
                    Parent form = Views.load("AssessmentForm.fxml",
                            new AssessmentFormController(workspace, clientId, checklist, this::formClosed));
                    root.getChildren().setAll(form);
                })
                .onFailure(failure -> {
                    assess.setDisable(false);
                    showProblem(failure);
                })
                .start();
    }

    private void formClosed(AssessmentRecord saved) {
        root.getChildren().setAll(overview);
        if (saved != null) {
            refresh();
            changed.run();
        }
        assess.requestFocus();
    }

    @FXML
    private void addGrade() {
        TypedDate.commit(gradedOn);
        GradeDraft draft = new GradeDraft(scheme.getValue(), grade.getValue(), gradedOn.getValue(), givenBy.getText(), "");
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (gradedOnUnreadable.get()) {
            problems.put("gradedOn", "risk.invalid.dateRequired");
        }
        RiskService.gradeProblems(draft, LocalDate.now(workspace.clock())).forEach(problems::putIfAbsent);
        Map<String, Node> fields = Map.of("scheme", scheme, "grade", grade, "gradedOn", gradedOn, "givenBy", givenBy);
        fields.values().forEach(n -> n.pseudoClassStateChanged(Styles.STATE_DANGER, false));
        if (!problems.isEmpty()) {
            showInvalid(gradeProblem, problems, fields);
            return;
        }
        addGrade.setDisable(true);
        workspace.background().run(Messages.get("risk.saving"), () -> workspace.risk().addGrade(clientId, draft))
                .onSuccess(saved -> {
                    addGrade.setDisable(false);
                    hide(gradeProblem);
                    scheme.setValue(null);
                    gradedOn.setValue(null);
                    givenBy.clear();
                    refresh();
                })
                .onFailure(failure -> {
                    addGrade.setDisable(false);
                    if (failure instanceof InvalidInput invalid) {
                        showInvalid(gradeProblem, invalid.problems(), fields);
                    } else {
                        showProblem(failure);
                    }
                })
                .start();
    }

    @FXML
    private void addNote() {
        String text = noteText.getText();
        NoteKind kind = noteKind.getValue();
        addNote.setDisable(true);
        workspace.background().run(Messages.get("risk.saving"), () -> workspace.risk().addNote(clientId, kind, text))
                .onSuccess(saved -> {
                    addNote.setDisable(false);
                    hide(noteProblem);
                    noteText.clear();
                    noteText.pseudoClassStateChanged(Styles.STATE_DANGER, false);
                    refresh();
                })
                .onFailure(failure -> {
                    addNote.setDisable(false);
                    if (failure instanceof InvalidInput invalid) {
                        showInvalid(noteProblem, invalid.problems(), Map.of("body", noteText));
                    } else {
                        showProblem(failure);
                    }
                })
                .start();
    }

    private void showInvalid(Label where, Map<String, String> problems, Map<String, Node> fields) {
        StringBuilder text = new StringBuilder();
        Node first = null;
        for (Map.Entry<String, String> p : problems.entrySet()) {
            text.append(text.isEmpty() ? "" : " ").append(Messages.get(p.getValue()));
            Node field = fields.get(p.getKey());
            if (field != null) {
                field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                if (first == null) {
                    first = field;
                }
            }
        }
        where.setText(text.toString());
        where.setVisible(true);
        where.setManaged(true);
        if (first != null) {
            first.requestFocus();
        }
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
