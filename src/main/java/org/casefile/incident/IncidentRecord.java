package org.casefile.incident;

import java.time.Instant;
import java.util.List;

/**
 * An incident with every version it has had, oldest first. The last version is the one in force; the first is
 * the account as originally recorded.
 */
public record IncidentRecord(long id, long clientId, int number, Instant recordedAt, String recordedBy,
                             List<VersionEntry> versions) {
    public IncidentRecord {
        versions = List.copyOf(versions);
    }

    /** One version: who made it, when, why (empty for the original) and what it said. */
    public record VersionEntry(int number, Instant madeAt, String madeBy, String reason, IncidentDraft draft) {
    }

    public VersionEntry current() {
        return versions.getLast();
    }

    public VersionEntry original() {
        return versions.getFirst();
    }

    public int latestVersion() {
        return current().number();
    }
}
