package org.casefile.order;

import org.casefile.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.casefile.Messages;
import org.casefile.chronology.ChronologyEntry;
import org.casefile.chronology.ChronologySource;
import org.casefile.chronology.EventKind;

/**
 * Chronology rows for orders: each order made (with its court and how long it lasts), served, ended by expiry
 * once the day has passed, and each breach (the incident that breached it, with the police reference and outcome).
 */
public final class OrderRows implements ChronologySource {

    private final OrderService orders;
    private final Clock clock;

    public OrderRows(OrderService orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public List<ChronologyEntry> entries(long clientId) {
        LocalDate today = LocalDate.now(clock);
        List<ChronologyEntry> out = new ArrayList<>();
        for (OrderRecord o : orders.list(clientId)) {
            OrderDraft d = o.details();
            String type = Messages.get(d.type().labelKey());
            String reference = Messages.get(d.type().shortKey());
            String court = d.caseNumber().isEmpty() ? d.court() : d.court() + " (" + d.caseNumber() + ")";
            String lasts = d.untilFurtherOrder() ? Messages.get("order.chronology.untilFurtherOrder")
                    : Messages.get("order.chronology.until", Dates.day().format(d.expiresOn()));
            out.add(row(d.madeOn(), reference, Messages.get("order.chronology.made", type, lasts), court,
                    o.respondentName().isEmpty() ? "" : Messages.get("order.chronology.respondent", o.respondentName()),
                    o.id()));
            if (d.servedOn() != null) {
                out.add(row(d.servedOn(), reference, Messages.get("order.chronology.served", type), court, "", o.id()));
            }
            if (d.expiresOn() != null && d.expiresOn().isBefore(today) && d.status() != OrderStatus.DISCHARGED) {
                out.add(row(d.expiresOn(), reference, Messages.get("order.chronology.expired", type), court, "", o.id()));
            }
            for (BreachRecord b : o.breaches()) {
                String police = Messages.get("order.chronology.breachOutcome",
                        b.policeReference().isEmpty() ? "—" : b.policeReference(), Messages.get(b.outcome().labelKey()));
                out.add(row(b.occurredOn(), reference, Messages.get("order.chronology.breach", type, b.incidentNumber()),
                        court, police, o.id()));
            }
        }
        return out;
    }

    private static ChronologyEntry row(LocalDate day, String reference, String event, String source,
                                       String significance, long orderId) {
        return new ChronologyEntry(day, null, false, EventKind.ORDER, reference, event, source, significance, List.of(),
                orderId);
    }
}
