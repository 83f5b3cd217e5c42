package org.casefile.reminder;

import java.time.LocalDate;

/**
 * One thing due on a case: what, when, and where to open it.
 *
 * @param what  a short line naming the thing (an agency, an action, an order) without the client's name
 * @param tab      the client overview's tab that opens it ("risk", "referrals", "orders")
 * @param recordId the referral or order on that tab it is about, chosen there when it opens; null for a case-wide
 *                 item (a risk review, a repeat MARAC)
 * @param key      stable for the same thing over time (the calendar file's event id)
 */
public record Reminder(Kind kind, long clientId, String clientReference, String clientName, String what,
                       LocalDate due, String tab, Long recordId, String key) {

    public enum Kind {
        RISK_REVIEW,
        REFERRAL_RESPONSE,
        MARAC_ACTION,
        MARAC_MEETING,
        REPEAT_MARAC,
        ORDER_EXPIRY,
        COURT_DATE;

        public String labelKey() {
            return "reminder.kind." + name();
        }
    }

    public boolean overdue(LocalDate today) {
        return due.isBefore(today);
    }
}
