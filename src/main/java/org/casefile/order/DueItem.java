package org.casefile.order;

import java.time.LocalDate;
import org.casefile.Messages;

/**
 * Something about an order on one of my open cases that needs doing by a date: an expiry coming up, an expiry
 * passed that nobody has recorded, or a court date. For the dashboard's reminders; one click from the order.
 */
public record DueItem(long clientId, String clientReference, String clientName, Kind kind, LocalDate due,
                      long orderId, OrderType orderType) {

    public enum Kind {
        /** The order ends on {@code due}. */
        EXPIRES,
        /** The order ended on {@code due} and is still recorded as in force. */
        EXPIRED,
        /** The next hearing is on {@code due}. */
        HEARING
    }

    /** One line a person reads: "SPO expires", "SPO expired: record it as ended or renewed", "SPO hearing". */
    public String what() {
        String type = Messages.get(orderType.shortKey());
        return switch (kind) {
            case EXPIRES -> Messages.get("order.due.expires", type);
            case EXPIRED -> Messages.get("order.due.expired", type);
            case HEARING -> Messages.get("order.due.hearing", type);
        };
    }
}
