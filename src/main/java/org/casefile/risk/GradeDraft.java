package org.casefile.risk;

import java.time.LocalDate;

/**
 * A grade another agency gave, as the caseworker types it.
 *
 * @param givenBy who graded it: the force or agency, and the officer or worker when known
 */
public record GradeDraft(GradeScheme scheme, GradeScheme.Grade grade, LocalDate gradedOn, String givenBy,
                         String note) {
    public GradeDraft {
        givenBy = givenBy == null ? "" : givenBy.strip();
        note = note == null ? "" : note.strip();
    }
}
