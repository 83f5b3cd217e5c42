package org.casefile.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.casefile.app.Theme;
import org.casefile.client.ClientFixtures;
import org.casefile.demo.DemoData;
import org.casefile.perpetrator.LinkedPerpetrator;
import org.casefile.settings.Settings;
import org.casefile.typology.StalkerType;
import org.casefile.ui.FxWait;
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

/** The risk and typology tabs as a caseworker uses them, on a real encrypted store. */
@ExtendWith(ApplicationExtension.class)
class RiskUiTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private final LocalDate today = LocalDate.now();
    private final AtomicInteger changed = new AtomicInteger();
    private UiStore store;
    private Workspace workspace;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = new UiStore("risk", stage);
        workspace = store.workspace;
    }

    @AfterEach
    void close(FxRobot robot) {
        store.close(robot);
    }

    @Test
    void aCaseworkerCompletesAnAssessmentAndSeesTheLevelAndReviewDate(FxRobot robot) {
        long client = workspace.clients().create(ClientFixtures.lucja()).id();
        show(robot, "Risk.fxml", new RiskController(workspace, client, changed::incrementAndGet));
        FxWait.until(() -> text(robot, "#review").startsWith("No risk assessment yet"), "the empty risk summary");

        robot.clickOn("#assess");
        FxWait.until(() -> robot.lookup("#areas").tryQuery().isPresent(), "the checklist form");
        // Saving at once is refused, naming how many questions are unanswered.
        robot.clickOn("#save");
        Checklist checklist = Checklist.casefileDefault();
        int factors = checklist.factors().size();
        FxWait.until(() -> robot.lookup("#message").queryAs(Label.class).isVisible(), "the form's problems");
        assertThat(text(robot, "#message")).contains(factors + " questions are not answered");

        // Eleven "yes" (ten or more suggest high risk), the rest "no"; two answered with real clicks.
        List<Checklist.Factor> all = checklist.factors();
        for (int i = 0; i < all.size(); i++) {
            String id = "#answer-" + all.get(i).id() + "-" + (i < 11 ? "YES" : "NO");
            RadioButton radio = robot.lookup(id).queryAs(RadioButton.class);
            if (i < 2) {
                robot.interact(() -> radio.getParent().getParent().getParent().requestFocus());
                robot.interact(() -> org.casefile.ui.ScrollIntoView.reveal(
                        robot.lookup("#scroller").queryAs(javafx.scene.control.ScrollPane.class), radio));
                robot.clickOn(radio);
            } else {
                robot.interact(() -> radio.setSelected(true));
            }
        }
        robot.interact(() -> robot.lookup("#comment-" + all.getFirst().id()).queryAs(TextField.class)
                .setText("Said so at the first meeting"));
        assertThat(text(robot, "#count")).isEqualTo("11 answered yes (" + factors + " of " + factors
                + " questions answered). The answers suggest: High.");
        @SuppressWarnings("unchecked")
        ChoiceBox<RiskLevel> chosen = robot.lookup("#chosen").queryAs(ChoiceBox.class);
        assertThat(chosen.getValue()).isEqualTo(RiskLevel.HIGH);
        Screenshots.save(stage.getScene(), "risk-assessment-form");

        // Judgement may not lower the level below the count's.
        robot.interact(() -> chosen.setValue(RiskLevel.MEDIUM));
        robot.clickOn("#save");
        FxWait.until(() -> text(robot, "#message").contains("never lower"), "the refusal to lower the level");
        robot.interact(() -> chosen.setValue(RiskLevel.HIGH));
        robot.clickOn("#save");

        FxWait.until(() -> robot.lookup("#assessments").tryQuery().isPresent()
                && !robot.lookup("#assessments").queryAs(TableView.class).getItems().isEmpty(), "the saved assessment");
        FxWait.until(() -> text(robot, "#review").startsWith("Next review"), "the review date");
        assertThat(text(robot, "#review")).isEqualTo("Next review by " + DAY.format(today.plusDays(28)));
        Label chip = (Label) robot.lookup("#levelChip").queryAs(HBox.class).getChildren().getFirst();
        assertThat(chip.getText()).isEqualTo("High");
        assertThat(changed.get()).isEqualTo(1);
        assertThat(workspace.clients().open(client).riskLevel()).isEqualTo(RiskLevel.HIGH);

        // A police grade and a safety-planning note, typed in place.
        @SuppressWarnings("unchecked")
        ChoiceBox<GradeScheme> scheme = robot.lookup("#scheme").queryAs(ChoiceBox.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<GradeScheme.Grade> grade = robot.lookup("#grade").queryAs(ChoiceBox.class);
        robot.interact(() -> {
            scheme.setValue(GradeScheme.DASH);
            grade.setValue(GradeScheme.Grade.HIGH);
        });
        robot.clickOn("#gradedOn").write(DAY.format(today.minusDays(1)));
        robot.clickOn("#givenBy").write("West Yorkshire Police, PC 4471");
        robot.clickOn("#addGrade");
        FxWait.until(() -> !robot.lookup("#gradeTable").queryAs(TableView.class).getItems().isEmpty(), "the grade");
        robot.clickOn("#noteText").write("Agreed a code word with her sister.");
        robot.clickOn("#addNote");
        FxWait.until(() -> robot.lookup("Agreed a code word with her sister.").tryQuery().isPresent(), "the note");
        FxWait.until(() -> robot.lookup(".external-grade").tryQuery().isPresent(), "the grade chip");
        assertThat(robot.lookup(".external-grade").queryAs(Label.class).getText())
                .isEqualTo("Police DASH grade: High (" + DAY.format(today.minusDays(1)) + ")");
        robot.interact(() -> robot.lookup("#assessments").queryAs(TableView.class).getSelectionModel().selectFirst());
        FxWait.until(() -> robot.lookup("#detail").queryAs(Node.class).isVisible(), "the assessment's answers");
        assertThat(robot.lookup("Said so at the first meeting").tryQuery()).isPresent();
        Screenshots.save(stage.getScene(), "risk");
    }

    @Test
    void theAssistantRunsOnADemoCaseAndAnOverrideIsKeptWithItsReason(FxRobot robot) {
        new DemoData(7, java.time.Clock.systemDefaultZone()).create(store.session, List.of(store.session.user()), 2, 10,
                n -> { });
        long client = workspace.clients().caseload(new org.casefile.client.CaseloadFilter(java.util.Set.of(),
                        java.util.Set.of(), null)).stream()
                .filter(c -> !workspace.perpetrators().forClient(c.id()).isEmpty()).findFirst().orElseThrow().id();
        LinkedPerpetrator who = workspace.perpetrators().forClient(client).getFirst();

        show(robot, "Typology.fxml", new TypologyController(workspace, client, n -> { }));
        FxWait.until(() -> robot.lookup("#perpetrator").queryAs(ChoiceBox.class).getValue() != null, "the perpetrator");
        assertThat(text(robot, "#notice")).contains("not a risk score");

        click(robot, "#flag-FOLLOWED_END_OF_RELATIONSHIP");
        click(robot, "#saveContext");
        FxWait.until(() -> text(robot, "#contextSaved").startsWith("Saved"), "the context to be saved");
        click(robot, "#run");
        FxWait.until(() -> robot.lookup("#findingCard").queryAs(Node.class).isVisible(), "the finding");
        assertThat(text(robot, "#runInfo")).contains(who.reference());
        assertThat(text(robot, "#primary")).isNotBlank();
        assertThat(robot.lookup("#reasons").queryAs(javafx.scene.layout.VBox.class).getChildren()).isNotEmpty();
        Screenshots.save(stage.getScene(), "typology");

        click(robot, "#override");
        @SuppressWarnings("unchecked")
        ChoiceBox<StalkerType> type = robot.lookup("#overrideType").queryAs(ChoiceBox.class);
        robot.interact(() -> type.setValue(type.getItems().stream().filter(t -> t == StalkerType.RESENTFUL
                || (t != null && !type.getItems().contains(StalkerType.RESENTFUL))).findFirst().orElseThrow()));
        // No reason: refused, and the form keeps the chosen type.
        click(robot, "#saveOverride");
        FxWait.until(() -> robot.lookup("#problem").queryAs(Label.class).isVisible(), "the refusal without a reason");
        assertThat(text(robot, "#problem")).contains("Write why");
        click(robot, "#overrideReason");
        robot.write("It began over a dispute about the flat, not the break-up.");
        click(robot, "#saveOverride");
        FxWait.until(() -> text(robot, "#decided").startsWith("Overridden to"), "the override");
        assertThat(text(robot, "#decided")).contains("dispute about the flat");

        @SuppressWarnings("unchecked")
        TableView<ClassificationRecord> history = robot.lookup("#history").queryAs(TableView.class);
        assertThat(history.getItems()).singleElement().satisfies(c -> {
            assertThat(c.decision()).isEqualTo(Decision.OVERRIDDEN);
            assertThat(c.decisionReason()).contains("dispute");
        });
        Screenshots.save(stage.getScene(), "typology-overridden");

        // A new incident makes the kept finding out of date; running again adds a second, current one.
        workspace.incidents().record(client, org.casefile.incident.Incidents.on(today, org.casefile.incident.Behaviour.CALLS));
        show(robot, "Typology.fxml", new TypologyController(workspace, client, n -> { }));
        FxWait.until(() -> robot.lookup("#stale").queryAs(Node.class).isVisible(), "the out-of-date banner");
        click(robot, "#run");
        FxWait.until(() -> robot.lookup("#history").queryAs(TableView.class).getItems().size() == 2, "a second run");
        assertThat(robot.lookup("#stale").queryAs(Node.class).isVisible()).isFalse();
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

    /** Scrolls the control into view first, as a person would, then clicks it. */
    private static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> org.casefile.ui.ScrollIntoView.reveal(
                robot.lookup(".page-scroll").queryAs(javafx.scene.control.ScrollPane.class), node));
        robot.clickOn(node);
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label l ? l.getText() : node instanceof TextArea t ? t.getText() : String.valueOf(node);
    }
}
