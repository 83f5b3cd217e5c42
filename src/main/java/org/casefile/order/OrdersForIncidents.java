package org.casefile.order;

import org.casefile.Dates;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.casefile.Messages;
import org.casefile.client.ClientService;
import org.casefile.incident.IncidentService;
import org.casefile.incident.OrderChoice;

/**
 * The orders on a case as the incident log sees them: the choices under "Order breached" and the check that an
 * incident names only an order on its own client's case. Kept apart from {@link OrderService}, which reads the
 * incident log, so the incident service can be built first.
 */
public final class OrdersForIncidents implements IncidentService.Orders {

    private final ClientService clients;
    private final Clock clock;

    public OrdersForIncidents(ClientService clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public List<OrderChoice> choices(long clientId) {
        LocalDate today = LocalDate.now(clock);
        return clients.readCase(clientId, em -> em.createQuery(
                        "from ProtectiveOrder o where o.clientId = :c order by o.madeOn desc, o.id desc", ProtectiveOrder.class)
                .setParameter("c", clientId).getResultStream().map(o -> choice(o, today)).toList())
                .stream().sorted(Comparator.comparing(c -> !c.inForce())).toList();
    }

    private static OrderChoice choice(ProtectiveOrder o, LocalDate today) {
        OrderDraft d = o.toDraft();
        boolean inForce = d.status().binding() && (d.expiresOn() == null || !d.expiresOn().isBefore(today));
        String label = Messages.get("order.choice", Messages.get(d.type().shortKey()), d.court(), Dates.day().format(d.madeOn()),
                Messages.get(inForce ? "order.choice.inForce" : "order.choice.ended"));
        return new OrderChoice(o.id(), label, inForce);
    }

    @Override
    public boolean belongsTo(EntityManager em, long clientId, long orderId) {
        ProtectiveOrder o = em.find(ProtectiveOrder.class, orderId);
        return o != null && o.clientId() == clientId;
    }
}
