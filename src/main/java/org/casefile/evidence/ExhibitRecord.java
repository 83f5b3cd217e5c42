package org.casefile.evidence;

import java.time.Instant;
import java.util.List;

/** An exhibit with how it was acquired and every handling step, oldest first. */
public record ExhibitRecord(ExhibitSummary summary, Acquisition acquisition, List<CustodyEntry> custody,
                            List<String> derivedCopies) {
    public ExhibitRecord {
        custody = List.copyOf(custody);
        derivedCopies = List.copyOf(derivedCopies);
    }

    /** One step in the continuity log. */
    public record CustodyEntry(Instant at, String actor, CustodyAction action, String note) {
    }
}
