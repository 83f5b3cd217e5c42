package org.casefile.importing;

import java.time.LocalDate;

/** An incident already in the log, as much as the duplicate check needs: its day and its words. */
public record ExistingIncident(long id, int number, LocalDate day, String text) {
}
