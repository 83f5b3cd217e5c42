package org.casefile.risk;

import java.time.Instant;
import org.casefile.typology.StalkerType;
import org.casefile.typology.TypologyFinding;

/**
 * A kept typology finding and the caseworker's decision on it.
 *
 * @param perpetratorId        whom the finding is about, or null when no perpetrator is known
 * @param stale                the case's facts have changed since this run: run the assistant again
 * @param decision             null until the caseworker confirms or overrides
 * @param decidedType          the type the caseworker settled on; null means undetermined
 */
public record ClassificationRecord(long id, Long perpetratorId, String perpetratorReference, Instant runAt,
                                   String runBy, int incidentCount, TypologyFinding finding, boolean stale,
                                   Decision decision, StalkerType decidedType, String decisionReason,
                                   Instant decidedAt, String decidedBy, long version) {
    public boolean decided() {
        return decision != null;
    }
}
