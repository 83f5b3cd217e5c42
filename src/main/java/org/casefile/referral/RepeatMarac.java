package org.casefile.referral;

import java.time.LocalDate;
import java.util.List;

/**
 * A case to go back to MARAC: incidents have happened within the repeat period of its last MARAC referral.
 *
 * @param incidents the numbers of the incidents after the referral, within the period
 */
public record RepeatMarac(long clientId, String clientReference, String clientName, String referralReference,
                          LocalDate referredOn, List<Integer> incidents) {
    public RepeatMarac {
        incidents = List.copyOf(incidents);
    }
}
