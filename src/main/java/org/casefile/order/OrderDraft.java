package org.casefile.order;

import java.time.LocalDate;
import java.util.List;

/**
 * An order as the caseworker records it from the sealed copy: what kind, which court, when it was made, served
 * and ends, what it forbids and requires, and where it stands.
 *
 * @param respondentId      the linked perpetrator the order binds, when on file
 * @param expiresOn         the last day it has effect; null when it lasts until further order
 * @param untilFurtherOrder it has no end date
 * @param nextHearing       the next court date (a return date, a full hearing after an interim order)
 * @param notification      what the respondent must tell the police, and when
 */
public record OrderDraft(OrderType type, Long respondentId, String court, String caseNumber, LocalDate madeOn,
                         LocalDate servedOn, LocalDate expiresOn, boolean untilFurtherOrder, LocalDate nextHearing,
                         List<Condition> conditions, String notification, String notes, OrderStatus status) {

    public OrderDraft {
        court = clean(court);
        caseNumber = clean(caseNumber);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        notification = clean(notification);
        notes = clean(notes);
        status = status == null ? OrderStatus.IN_FORCE : status;
    }

    /** One condition: a prohibition or a requirement, in the court's words, with the area it covers if any. */
    public record Condition(ConditionKind kind, String text, String exclusionZone) {
        public Condition {
            kind = kind == null ? ConditionKind.PROHIBITION : kind;
            text = clean(text);
            exclusionZone = clean(exclusionZone);
        }
    }

    /** A new order's starting point: made today, in force. */
    public static OrderDraft blank(LocalDate today) {
        return new OrderDraft(null, null, "", "", today, null, null, false, null, List.of(), "", "", OrderStatus.IN_FORCE);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
