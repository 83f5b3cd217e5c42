package org.casefile.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as saved, with the breaches logged against it (oldest first).
 *
 * @param status          where it stands today: as recorded, except that an order recorded as in force whose
 *                        expiry has passed shows as expired
 * @param expiryToConfirm the expiry has passed but nobody has yet recorded the order as expired or renewed
 * @param respondentName  the respondent's name and reference, or empty when none is on file
 */
public record OrderRecord(long id, long clientId, OrderDraft details, String respondentName, OrderStatus status,
                          boolean expiryToConfirm, List<BreachRecord> breaches, Instant recordedAt, String recordedBy,
                          Instant changedAt, String changedBy, long version) {
    public OrderRecord {
        breaches = List.copyOf(breaches);
    }

    public OrderType type() {
        return details.type();
    }

    public boolean inForce() {
        return status.binding();
    }

    /** The day it ends, or null when it lasts until further order. */
    public LocalDate expiresOn() {
        return details.expiresOn();
    }
}
