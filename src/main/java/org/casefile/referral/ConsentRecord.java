package org.casefile.referral;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded consent, withdrawn or not. */
public record ConsentRecord(long id, ConsentDraft details, LocalDate withdrawnOn, String withdrawnNote,
                            Instant recordedAt, String recordedBy, long version) {

    /** In force on {@code day}: given by then, not withdrawn, not expired. */
    public boolean inForceOn(LocalDate day) {
        return !details.givenOn().isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day))
                && (details.expiresOn() == null || !details.expiresOn().isBefore(day));
    }

    /** Covers sharing with this agency. */
    public boolean covers(long agencyId) {
        return details.allAgencies() || details.agencyIds().contains(agencyId);
    }
}
