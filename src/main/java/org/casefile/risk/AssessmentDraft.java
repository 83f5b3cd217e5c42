package org.casefile.risk;

import java.time.LocalDate;
import java.util.Map;

/**
 * A completed checklist as the caseworker fills it in.
 *
 * @param answers   factor id → answer with its source and comment
 * @param chosen    the caseworker's level: at least the level the count suggests, never below it
 * @param reasons   why, in the caseworker's words (required when the level is raised above the count's)
 */
public record AssessmentDraft(LocalDate assessedOn, Map<String, Given> answers, RiskLevel chosen, String reasons,
                              LocalDate nextReview) {

    /** One answer, where it came from, and a comment. */
    public record Given(Answer answer, AnswerSource source, String comment) {
        public Given {
            comment = comment == null ? "" : comment.strip();
        }
    }

    public AssessmentDraft {
        answers = Map.copyOf(answers);
        reasons = reasons == null ? "" : reasons.strip();
    }

    public int yesCount() {
        return (int) answers.values().stream().filter(g -> g.answer() == Answer.YES).count();
    }
}
