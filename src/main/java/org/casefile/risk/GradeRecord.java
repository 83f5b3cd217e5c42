package org.casefile.risk;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded external grade. */
public record GradeRecord(long id, GradeScheme scheme, GradeScheme.Grade grade, LocalDate gradedOn, String givenBy,
                          String note, Instant recordedAt, String recordedBy) {
}
