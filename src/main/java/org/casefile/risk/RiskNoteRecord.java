package org.casefile.risk;

import java.time.Instant;

/** A risk note: when, by whom, what kind, and what it says. */
public record RiskNoteRecord(long id, Instant writtenAt, String writtenBy, NoteKind kind, String body) {
}
