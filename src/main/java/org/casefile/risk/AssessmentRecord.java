package org.casefile.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A saved risk assessment as the screens show it.
 *
 * @param suggested the level the count of "yes" answers suggested
 * @param chosen    the caseworker's level (never below {@code suggested})
 */
public record AssessmentRecord(long id, long clientId, String checklistName, int checklistVersion,
                               LocalDate assessedOn, String assessedBy, Instant recordedAt, int yesCount,
                               int factorCount, RiskLevel suggested, RiskLevel chosen, String reasons,
                               LocalDate nextReview, List<AnsweredFactor> answers) {

    /** One question as it was asked, and the answer given. */
    public record AnsweredFactor(String area, String factorId, String text, Answer answer, AnswerSource source,
                                 String comment) {
    }

    public AssessmentRecord {
        answers = List.copyOf(answers);
    }

    /** The caseworker raised the level above what the count suggested. */
    public boolean raised() {
        return chosen.compareTo(suggested) > 0;
    }
}
