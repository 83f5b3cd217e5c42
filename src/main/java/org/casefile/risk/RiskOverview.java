package org.casefile.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's risk at a glance: the level in force and when it is next reviewed, and the history behind it.
 *
 * @param nextReview the review date of the latest assessment, or null before the first
 * @param overdue    that review date has passed
 * @param assessments newest first
 * @param grades      newest first
 * @param notes       newest first
 */
public record RiskOverview(RiskLevel level, LocalDate nextReview, boolean overdue, List<AssessmentRecord> assessments,
                           List<GradeRecord> grades, List<RiskNoteRecord> notes) {
    public RiskOverview {
        assessments = List.copyOf(assessments);
        grades = List.copyOf(grades);
        notes = List.copyOf(notes);
    }
}
