package org.casefile.order;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What makes an order complete and consistent, shared by the form (to mark fields as the person saves) and the
 * service (which refuses the same things whatever calls it).
 */
public final class OrderRules {
    /** A full stalking protection order lasts at least this long, unless made until further order. */
    public static final int SPO_MINIMUM_YEARS = 2;

    private OrderRules() {
    }

    /** Field → message key for every problem; empty when the order can be saved. */
    public static Map<String, String> problems(OrderDraft d, LocalDate today) {
        Map<String, String> out = new LinkedHashMap<>();
        if (d.type() == null) {
            out.put("type", "order.invalid.type");
        }
        if (d.court().isEmpty()) {
            out.put("court", "order.invalid.court");
        } else if (d.court().length() > 200) {
            out.put("court", "order.invalid.tooLong");
        }
        if (d.caseNumber().length() > 60) {
            out.put("caseNumber", "order.invalid.tooLong");
        }
        if (d.madeOn() == null) {
            out.put("madeOn", "order.invalid.madeOn");
        } else if (d.madeOn().isAfter(today)) {
            out.put("madeOn", "order.invalid.future");
        }
        if (d.servedOn() != null) {
            if (d.servedOn().isAfter(today)) {
                out.put("servedOn", "order.invalid.future");
            } else if (d.madeOn() != null && d.servedOn().isBefore(d.madeOn())) {
                out.put("servedOn", "order.invalid.servedBeforeMade");
            }
        }
        expiry(d, out);
        if (d.nextHearing() != null && d.madeOn() != null && d.nextHearing().isBefore(d.madeOn())) {
            out.put("nextHearing", "order.invalid.hearingBeforeMade");
        }
        if (d.status() == OrderStatus.EXPIRED && (d.expiresOn() == null || !d.expiresOn().isBefore(today))) {
            out.put("status", "order.invalid.notYetExpired");
        }
        for (int i = 0; i < d.conditions().size(); i++) {
            OrderDraft.Condition c = d.conditions().get(i);
            if (c.text().isEmpty()) {
                out.putIfAbsent("condition" + i, "order.invalid.conditionText");
            } else if (c.text().length() > 2000 || c.exclusionZone().length() > 500) {
                out.putIfAbsent("condition" + i, "order.invalid.tooLong");
            }
        }
        if (d.conditions().size() > 100) {
            out.put("conditions", "order.invalid.tooMany");
        }
        if (d.notification().length() > 2000) {
            out.put("notification", "order.invalid.tooLong");
        }
        if (d.notes().length() > 10_000) {
            out.put("notes", "order.invalid.tooLong");
        }
        return out;
    }

    private static void expiry(OrderDraft d, Map<String, String> out) {
        if (d.untilFurtherOrder()) {
            if (d.expiresOn() != null) {
                out.put("expiresOn", "order.invalid.expiryAndUntilFurther");
            }
            return;
        }
        if (d.expiresOn() == null) {
            out.put("expiresOn", "order.invalid.expiryRequired");
            return;
        }
        if (d.madeOn() == null) {
            return;
        }
        if (!d.expiresOn().isAfter(d.madeOn())) {
            out.put("expiresOn", "order.invalid.expiryNotAfterMade");
        } else if (d.type() == OrderType.STALKING_PROTECTION_ORDER
                && d.expiresOn().isBefore(d.madeOn().plusYears(SPO_MINIMUM_YEARS))) {
            out.put("expiresOn", "order.invalid.spoTooShort");
        }
    }
}
