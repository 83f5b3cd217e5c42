package org.casefile.referral;

import java.time.Instant;

/** A recorded decision to share without consent. */
public record ShareDecisionRecord(long id, ShareDecisionDraft details, Instant recordedAt, String recordedBy) {
    public boolean covers(long agencyId) {
        return details.agencyIds().contains(agencyId);
    }
}
