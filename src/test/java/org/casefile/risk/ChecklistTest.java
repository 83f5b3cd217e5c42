package org.casefile.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.casefile.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    final Checklist checklist = Checklist.casefileDefault();

    @Test
    void theBuiltInScreenHasItsAreasAndBandsThatRiseWithTheCount() {
        assertThat(checklist.areas()).extracting(Checklist.Area::id).containsExactly("fear", "pattern", "harm", "perpetrator");
        assertThat(checklist.factors()).hasSize(18);
        assertThat(checklist.suggested(0)).isEqualTo(RiskLevel.STANDARD);
        assertThat(checklist.suggested(4)).isEqualTo(RiskLevel.STANDARD);
        assertThat(checklist.suggested(5)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(checklist.suggested(10)).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void judgementMayRaiseTheLevelWithReasonsButNeverLowerIt() {
        AssessmentDraft sixYes = draft(6, RiskLevel.STANDARD, "", TODAY.plusDays(28));
        assertThat(RiskRules.problems(checklist, sixYes, TODAY)).containsEntry("chosen", "risk.invalid.belowCount");
        AssessmentDraft raisedSilently = draft(6, RiskLevel.HIGH, "", TODAY.plusDays(28));
        assertThat(RiskRules.problems(checklist, raisedSilently, TODAY)).containsEntry("reasons", "risk.invalid.reasonsRequired");
        AssessmentDraft raised = draft(6, RiskLevel.HIGH, "New partner threatened; children named in a message", TODAY.plusDays(28));
        assertThat(RiskRules.problems(checklist, raised, TODAY)).isEmpty();
        assertThat(RiskRules.problems(checklist, draft(6, RiskLevel.MEDIUM, "", TODAY.plusDays(28)), TODAY)).isEmpty();
    }

    @Test
    void everyQuestionIsAnsweredEveryYesHasASourceAndTheReviewIsSet() {
        Map<String, AssessmentDraft.Given> answers = new HashMap<>();
        answers.put("threats", new AssessmentDraft.Given(Answer.YES, null, ""));
        AssessmentDraft d = new AssessmentDraft(TODAY, answers, RiskLevel.STANDARD, "", TODAY);
        Map<String, String> problems = RiskRules.problems(checklist, d, TODAY);
        assertThat(problems).containsEntry("answer.threats", "risk.invalid.sourceRequired")
                .containsEntry("answer.weapons", "risk.invalid.unanswered")
                .containsEntry("nextReview", "risk.invalid.reviewRange");
        assertThat(RiskRules.problems(checklist, draft(0, RiskLevel.STANDARD, "", TODAY.plusYears(1)), TODAY))
                .containsEntry("nextReview", "risk.invalid.reviewRange");
    }

    @Test
    void anAgencysOwnFileIsLoadedAndABrokenOneRefusedWithASentence(@TempDir Path dir) throws Exception {
        Path own = Files.writeString(dir.resolve("agency.json"), """
                {"id": "agency-1", "version": 3, "name": "Agency screen",
                 "areas": [{"id": "a", "title": "A", "factors": [{"id": "q1", "text": "First question"},
                                                                 {"id": "q2", "text": "Second question"}]}],
                 "bands": [{"level": "STANDARD", "fromYes": 0}, {"level": "HIGH", "fromYes": 2}]}""");
        Checklist c = Checklist.load(own);
        assertThat(c.suggested(1)).isEqualTo(RiskLevel.STANDARD);
        assertThat(c.suggested(2)).isEqualTo(RiskLevel.HIGH);

        Path notJson = Files.writeString(dir.resolve("notes.json"), "these are not questions");
        assertThatThrownBy(() -> Checklist.load(notJson)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not a checklist file");
        Path falling = Files.writeString(dir.resolve("falling.json"), """
                {"id": "x", "version": 1, "name": "x",
                 "areas": [{"id": "a", "title": "A", "factors": [{"id": "q1", "text": "Q"}]}],
                 "bands": [{"level": "HIGH", "fromYes": 0}, {"level": "STANDARD", "fromYes": 1}]}""");
        assertThatThrownBy(() -> Checklist.load(falling)).hasMessageContaining("must rise with the count");
    }

    private AssessmentDraft draft(int yes, RiskLevel chosen, String reasons, LocalDate review) {
        Map<String, AssessmentDraft.Given> answers = new HashMap<>();
        int i = 0;
        for (Checklist.Factor f : checklist.factors()) {
            answers.put(f.id(), i++ < yes ? new AssessmentDraft.Given(Answer.YES, AnswerSource.CLIENT, "")
                    : new AssessmentDraft.Given(Answer.NO, AnswerSource.CLIENT, ""));
        }
        return new AssessmentDraft(TODAY, answers, chosen, reasons, review);
    }
}
