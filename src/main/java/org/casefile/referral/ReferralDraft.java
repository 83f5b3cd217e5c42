package org.casefile.referral;

import java.time.LocalDate;

/**
 * A referral as the caseworker fills it in.
 *
 * @param contact     the named person at the agency
 * @param responseDue when an answer is expected (a reminder until one comes)
 * @param yesCount    for MARAC: the count of "yes" answers behind "visible high risk"
 * @param meetingOn   for MARAC: the meeting the case is heard at
 */
public record ReferralDraft(Direction direction, long agencyId, String contact, String reason, LocalDate referredOn,
                            ReferralMethod method, String theirReference, LocalDate responseDue, boolean marac,
                            MaracReason maracReason, Integer yesCount, LocalDate meetingOn) {
    public ReferralDraft {
        direction = direction == null ? Direction.OUTGOING : direction;
        contact = contact == null ? "" : contact.strip();
        reason = reason == null ? "" : reason.strip();
        method = method == null ? ReferralMethod.SECURE_EMAIL : method;
        theirReference = theirReference == null ? "" : theirReference.strip();
    }
}
