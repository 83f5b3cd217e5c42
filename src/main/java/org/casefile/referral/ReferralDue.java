package org.casefile.referral;

import java.time.LocalDate;

/**
 * Something on a referral that is due: a response awaited from an agency, or a MARAC action.
 *
 * @param what the agency's name, or the action's text
 */
public record ReferralDue(Kind kind, long clientId, String clientReference, String clientName, long referralId,
                          String referralReference, String what, LocalDate due) {
    public enum Kind { RESPONSE, MARAC_ACTION, MARAC_MEETING }
}
