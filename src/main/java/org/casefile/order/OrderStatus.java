package org.casefile.order;

/**
 * Where an order stands, as the caseworker last recorded it. An order recorded as in force or varied whose expiry
 * date has passed is shown as expired and stays on the reminders until someone records it as expired (or
 * renewed with a new date), so an ending order is never missed.
 */
public enum OrderStatus {
    IN_FORCE,
    VARIED,
    DISCHARGED,
    EXPIRED;

    public String labelKey() {
        return "order.status." + name();
    }

    /** Recorded as still binding the respondent. */
    public boolean binding() {
        return this == IN_FORCE || this == VARIED;
    }
}
