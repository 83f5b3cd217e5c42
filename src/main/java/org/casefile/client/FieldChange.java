package org.casefile.client;

import java.time.Instant;

/** One field's change in a record's history: when, who, which field, from what to what. */
public record FieldChange(Instant at, String by, String field, String before, String after) {
}
