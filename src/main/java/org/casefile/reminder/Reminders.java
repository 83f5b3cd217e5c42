package org.casefile.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casefile.order.OrderService;
import org.casefile.referral.ReferralDue;
import org.casefile.referral.ReferralService;
import org.casefile.risk.RiskService;

/**
 * Everything due or overdue on my open cases, from every feature, in one list sorted by urgency: overdue first
 * (most overdue at the top), then what falls due soonest. Each says which tab of the client opens it.
 */
public final class Reminders {
    /** How far ahead the dashboard looks. Order expiries are looked for further ahead by their own source. */
    public static final int DAYS_AHEAD = 14;

    private final List<ReminderSource> sources;
    private final Clock clock;

    public Reminders(List<ReminderSource> sources, Clock clock) {
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    public List<Reminder> due() {
        return due(DAYS_AHEAD);
    }

    public List<Reminder> due(int days) {
        LocalDate today = LocalDate.now(clock);
        List<Reminder> all = new ArrayList<>();
        for (ReminderSource s : sources) {
            all.addAll(s.due(today, today.plusDays(days)));
        }
        all.sort(Comparator.comparing(Reminder::due).thenComparing(r -> r.kind().ordinal())
                .thenComparing(Reminder::clientReference));
        return all;
    }

    /** Risk reviews falling due, from the latest assessment of each case. */
    public static ReminderSource risk(RiskService risk) {
        return (today, until) -> risk.reviewsDue(until).stream()
                .map(o -> new Reminder(Reminder.Kind.RISK_REVIEW, o.client().id(), o.client().reference(),
                        o.client().name(), org.casefile.Messages.get(o.level().labelKey()), o.due(), "risk", null,
                        "risk-" + o.client().id() + "-" + o.due()))
                .toList();
    }

    /** Orders expiring (looked for 30 days ahead at least) and court dates. */
    public static ReminderSource orders(OrderService orders) {
        return (today, until) -> orders.dueSoon(Math.max(OrderService.DUE_SOON_DAYS,
                        (int) java.time.temporal.ChronoUnit.DAYS.between(today, until))).stream()
                .map(d -> new Reminder(d.kind() == org.casefile.order.DueItem.Kind.HEARING ? Reminder.Kind.COURT_DATE
                        : Reminder.Kind.ORDER_EXPIRY, d.clientId(), d.clientReference(), d.clientName(), d.what(),
                        d.due(), "orders", d.orderId(), "order-" + d.kind().name().toLowerCase(java.util.Locale.ROOT) + "-"
                        + d.orderId() + "-" + d.due()))
                .toList();
    }

    /** Replies awaited from agencies, MARAC actions and meetings, and cases that should go back to MARAC. */
    public static ReminderSource referrals(ReferralService referrals) {
        return (today, until) -> {
            List<Reminder> out = new ArrayList<>();
            for (ReferralDue d : referrals.due((int) java.time.temporal.ChronoUnit.DAYS.between(today, until))) {
                Reminder.Kind kind = switch (d.kind()) {
                    case RESPONSE -> Reminder.Kind.REFERRAL_RESPONSE;
                    case MARAC_ACTION -> Reminder.Kind.MARAC_ACTION;
                    case MARAC_MEETING -> Reminder.Kind.MARAC_MEETING;
                };
                out.add(new Reminder(kind, d.clientId(), d.clientReference(), d.clientName(),
                        d.referralReference() + " · " + d.what(), d.due(), "referrals", d.referralId(),
                        kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + d.referralId() + "-" + d.due()));
            }
            referrals.repeatMaracAlerts().forEach(a -> out.add(new Reminder(Reminder.Kind.REPEAT_MARAC, a.clientId(),
                    a.clientReference(), a.clientName(), a.referralReference(), today, "referrals", null,
                    "repeat-" + a.clientId() + "-" + a.referralReference())));
            return out;
        };
    }
}
