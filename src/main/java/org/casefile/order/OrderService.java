package org.casefile.order;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casefile.InvalidInput;
import org.casefile.UserFacingException;
import org.casefile.client.CaseStatus;
import org.casefile.client.CaseloadFilter;
import org.casefile.client.ClientService;
import org.casefile.client.ClientSummary;
import org.casefile.incident.IncidentService;
import org.casefile.perpetrator.LinkedPerpetrator;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditLog;
import org.casefile.security.User;
import org.casefile.store.Transactions;

/**
 * Protective orders on the cases the signed-in person may see, the breaches logged against them, and what is due
 * soon on my own open cases (expiries and court dates). An incident is a breach when its version in force names
 * the order (the incident form's "Order breached"); the police reference and outcome are recorded here.
 */
public final class OrderService {
    /** How far ahead the reminders look unless asked otherwise. */
    public static final int DUE_SOON_DAYS = 30;

    private final Transactions transactions;
    private final ClientService clients;
    private final PerpetratorService perpetrators;
    private final IncidentService incidents;
    private final AuditLog audit;
    private final User me;
    private final Clock clock;

    public OrderService(Transactions transactions, ClientService clients, PerpetratorService perpetrators,
                        IncidentService incidents, AuditLog audit, User me, Clock clock) {
        this.transactions = transactions.as(me.username());
        this.clients = clients;
        this.perpetrators = perpetrators;
        this.incidents = incidents;
        this.audit = audit;
        this.me = me;
        this.clock = clock;
    }

    /** The client's orders, those in force first, then the newest made; each with its breaches. */
    public List<OrderRecord> list(long clientId) {
        List<ProtectiveOrder> found = clients.readCase(clientId, em -> loaded(em.createQuery(
                        "from ProtectiveOrder o where o.clientId = :c order by o.madeOn desc, o.id desc", ProtectiveOrder.class)
                .setParameter("c", clientId).getResultList()));
        Map<Long, List<BreachRecord>> breaches = breaches(clientId, found.stream().map(ProtectiveOrder::id).toList());
        Map<Long, String> names = names(clientId);
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(o -> toRecord(o, breaches.getOrDefault(o.id(), List.of()), names, today))
                .sorted(Comparator.comparing((OrderRecord r) -> !r.inForce())).toList();
    }

    /** One order with its breaches. */
    public OrderRecord open(long orderId) {
        long clientId = clientOf(orderId);
        return list(clientId).stream().filter(o -> o.id() == orderId).findFirst()
                .orElseThrow(() -> new UserFacingException("order.notFound"));
    }

    public OrderRecord record(long clientId, OrderDraft draft) {
        check(draft);
        long id = clients.inCase(clientId, em -> {
            checkRespondent(em, clientId, draft);
            ProtectiveOrder order = new ProtectiveOrder(clientId, draft, clock.instant(), me.username());
            em.persist(order);
            em.flush();
            audit.append(em, event(AuditAction.ORDER_RECORDED, order).withDetail(draft.type().name()));
            return order.id();
        });
        return open(id);
    }

    /**
     * Saves an edit made to {@code basedOn}. If someone saved the order since, nothing is saved and
     * {@link OrderConflict} carries the order as it now stands.
     */
    public OrderRecord update(long orderId, long basedOn, OrderDraft draft) {
        check(draft);
        long clientId = clientOf(orderId);
        try {
            clients.inCase(clientId, em -> {
                ProtectiveOrder order = em.find(ProtectiveOrder.class, orderId,
                        jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
                if (order.version() != basedOn) {
                    throw new OrderConflict(null);
                }
                if (order.toDraft().equals(draft)) {
                    throw new UserFacingException("order.nothingChanged");
                }
                checkRespondent(em, clientId, draft);
                order.apply(draft, clock.instant(), me.username());
                em.flush();
                audit.append(em, event(AuditAction.ORDER_UPDATED, order).withDetail("version " + order.version()));
                return null;
            });
        } catch (UserFacingException e) {
            if (e instanceof OrderConflict || "record.changedElsewhere".equals(e.key())) {
                throw new OrderConflict(open(orderId));
            }
            throw e;
        }
        return open(orderId);
    }

    /**
     * Records the police reference and outcome of a breach: an incident logged as breaching this order.
     * {@code basedOn} is the version of the details the person saw (null when none were recorded yet).
     */
    public BreachRecord recordBreach(long orderId, long incidentId, Long basedOn, String policeReference,
                                     BreachOutcome outcome) {
        String reference = policeReference == null ? "" : policeReference.strip();
        if (reference.length() > 40) {
            throw new InvalidInput(Map.of("policeReference", "order.invalid.tooLong"));
        }
        if (outcome == null) {
            throw new InvalidInput(Map.of("outcome", "order.breach.invalid.outcome"));
        }
        OrderRecord order = open(orderId);
        if (order.breaches().stream().noneMatch(b -> b.incidentId() == incidentId)) {
            throw new UserFacingException("order.breach.notLinked");
        }
        clients.inCase(order.clientId(), em -> {
            OrderBreach breach = em.createQuery(
                            "from OrderBreach b where b.orderId = :o and b.incidentId = :i", OrderBreach.class)
                    .setParameter("o", orderId).setParameter("i", incidentId).getResultStream().findFirst().orElse(null);
            if (breach == null ? basedOn != null : basedOn == null || breach.version() != basedOn) {
                throw new UserFacingException("order.breach.conflict");
            }
            if (breach == null) {
                breach = new OrderBreach(orderId, incidentId);
                breach.record(reference, outcome, clock.instant(), me.username());
                em.persist(breach);
            } else {
                breach.record(reference, outcome, clock.instant(), me.username());
            }
            em.flush();
            audit.append(em, AuditEvent.of(me.username(), AuditAction.ORDER_BREACH_RECORDED).about("order", orderId)
                    .withDetail("incident " + incidentId + ", " + outcome.name()));
            return null;
        });
        return open(orderId).breaches().stream().filter(b -> b.incidentId() == incidentId).findFirst().orElseThrow();
    }

    /** {@link #dueSoon(int)} over the next {@value #DUE_SOON_DAYS} days. */
    public List<DueItem> dueSoon() {
        return dueSoon(DUE_SOON_DAYS);
    }

    /**
     * On open cases allocated to me: orders still recorded as in force that end within {@code days} days or have
     * already ended, and court dates within {@code days} days. Soonest first.
     */
    public List<DueItem> dueSoon(int days) {
        Map<Long, ClientSummary> mine = clients.caseload(new CaseloadFilter(
                        Set.of(CaseStatus.OPEN, CaseStatus.REOPENED, CaseStatus.ON_HOLD), Set.of(), me.id())).stream()
                .collect(Collectors.toMap(ClientSummary::id, c -> c, (a, b) -> a, LinkedHashMap::new));
        if (mine.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(days);
        List<DueItem> out = new ArrayList<>();
        transactions.run(em -> {
            for (List<Long> chunk : chunks(List.copyOf(mine.keySet()))) {
                em.createQuery("""
                                select o.id, o.clientId, o.type, o.expiresOn, o.nextHearing from ProtectiveOrder o
                                where o.clientId in :c and o.status in :binding
                                  and (o.expiresOn <= :until or (o.nextHearing >= :today and o.nextHearing <= :until))""",
                                Object[].class)
                        .setParameter("c", chunk).setParameter("binding", List.of(OrderStatus.IN_FORCE, OrderStatus.VARIED))
                        .setParameter("today", today).setParameter("until", until).getResultStream()
                        .forEach(r -> due(mine.get((Long) r[1]), (Long) r[0], (OrderType) r[2], (LocalDate) r[3],
                                (LocalDate) r[4], today, until, out));
            }
        });
        out.sort(Comparator.comparing(DueItem::due).thenComparing(DueItem::clientReference));
        return out;
    }

    /** What is due on one case's orders within {@code days} days, by the same rules as {@link #dueSoon(int)}. */
    public List<DueItem> dueFor(long clientId, int days) {
        List<OrderRecord> all = list(clientId);
        ClientSummary client = clients.visibleSummaries(List.of(clientId)).get(clientId);
        LocalDate today = LocalDate.now(clock);
        List<DueItem> out = new ArrayList<>();
        for (OrderRecord o : all) {
            if (o.details().status().binding()) {
                due(client, o.id(), o.type(), o.expiresOn(), o.details().nextHearing(), today, today.plusDays(days), out);
            }
        }
        out.sort(Comparator.comparing(DueItem::due));
        return out;
    }

    private static void due(ClientSummary c, long orderId, OrderType type, LocalDate expires, LocalDate hearing,
                            LocalDate today, LocalDate until, List<DueItem> out) {
        if (expires != null && !expires.isAfter(until)) {
            out.add(new DueItem(c.id(), c.reference(), c.name(), expires.isBefore(today) ? DueItem.Kind.EXPIRED
                    : DueItem.Kind.EXPIRES, expires, orderId, type));
        }
        if (hearing != null && !hearing.isBefore(today) && !hearing.isAfter(until)) {
            out.add(new DueItem(c.id(), c.reference(), c.name(), DueItem.Kind.HEARING, hearing, orderId, type));
        }
    }

    private long clientOf(long orderId) {
        Long clientId = transactions.read(em -> {
            ProtectiveOrder o = em.find(ProtectiveOrder.class, orderId);
            return o == null ? null : o.clientId();
        });
        if (clientId == null) {
            throw new UserFacingException("order.notFound");
        }
        return clientId;
    }

    /** Conditions are read while the unit of work is open, so records never touch a lazy collection. */
    private static List<ProtectiveOrder> loaded(List<ProtectiveOrder> orders) {
        orders.forEach(ProtectiveOrder::toDraft);
        return orders;
    }

    /** Per order, the incidents whose version in force names it, with any police reference and outcome. */
    private Map<Long, List<BreachRecord>> breaches(long clientId, List<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        Map<String, OrderBreach> details = new HashMap<>();
        clients.readCase(clientId, em -> {
            em.createQuery("from OrderBreach b where b.orderId in :o", OrderBreach.class).setParameter("o", orderIds)
                    .getResultStream().forEach(b -> details.put(key(b), b));
            return null;
        });
        Map<Long, List<BreachRecord>> out = new HashMap<>();
        for (IncidentService.InForce i : incidents.inForce(clientId)) {
            Long orderId = i.draft().orderId();
            if (orderId == null || !orderIds.contains(orderId)) {
                continue;
            }
            OrderBreach d = details.get(orderId + ":" + i.id());
            String reference = d != null ? d.policeReference() : i.draft().police().crimeReference();
            out.computeIfAbsent(orderId, k -> new ArrayList<>()).add(new BreachRecord(orderId, i.id(), i.number(),
                    i.draft().occurredOn(), summary(i.draft()), reference,
                    d != null ? d.outcome() : i.draft().police().reported() ? BreachOutcome.REPORTED : BreachOutcome.UNKNOWN,
                    d != null ? d.version() : null));
        }
        out.values().forEach(list -> list.sort(Comparator.comparing(BreachRecord::occurredOn)
                .thenComparing(BreachRecord::incidentNumber)));
        return out;
    }

    private static String key(OrderBreach b) {
        return b.orderId() + ":" + b.incidentId();
    }

    private static String summary(org.casefile.incident.IncidentDraft d) {
        String text = d.description().isEmpty() ? d.verbatim().strip() : d.description();
        String line = text.lines().findFirst().orElse("");
        return line.length() <= 120 ? line : line.substring(0, 117) + "…";
    }

    private Map<Long, String> names(long clientId) {
        return perpetrators.forClient(clientId).stream().collect(Collectors.toMap(LinkedPerpetrator::perpetratorId,
                p -> p.name() + " (" + p.reference() + ")", (a, b) -> a));
    }

    private OrderRecord toRecord(ProtectiveOrder o, List<BreachRecord> breaches, Map<Long, String> names,
                                 LocalDate today) {
        OrderDraft d = o.toDraft();
        boolean ended = d.expiresOn() != null && d.expiresOn().isBefore(today);
        boolean toConfirm = ended && d.status().binding();
        OrderStatus shown = toConfirm ? OrderStatus.EXPIRED : d.status();
        String respondent = d.respondentId() == null ? "" : names.getOrDefault(d.respondentId(), "");
        return new OrderRecord(o.id(), o.clientId(), d, respondent, shown, toConfirm, breaches, o.recordedAt(),
                o.recordedBy(), o.changedAt(), o.changedBy(), o.version());
    }

    private static void checkRespondent(EntityManager em, long clientId, OrderDraft draft) {
        if (draft.respondentId() == null) {
            return;
        }
        boolean linked = !em.createQuery(
                        "select l.id from PerpetratorLink l where l.clientId = :c and l.perpetratorId = :p", Long.class)
                .setParameter("c", clientId).setParameter("p", draft.respondentId()).getResultList().isEmpty();
        if (!linked) {
            throw new InvalidInput(Map.of("respondent", "order.invalid.respondentNotLinked"));
        }
    }

    private void check(OrderDraft draft) {
        Map<String, String> problems = OrderRules.problems(draft, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private AuditEvent event(AuditAction action, ProtectiveOrder order) {
        return AuditEvent.of(me.username(), action).about("order", order.id());
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 50) {
            out.add(all.subList(i, Math.min(all.size(), i + 50)));
        }
        return out;
    }
}
