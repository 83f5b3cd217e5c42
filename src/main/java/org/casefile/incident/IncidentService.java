package org.casefile.incident;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditLog;
import org.casefile.security.User;
import org.casefile.store.References;
import org.casefile.store.Transactions;

/**
 * A client's incident log. Incidents are recorded once and never edited: a correction is an amendment, a new
 * version with who made it, when and why, and the original stays readable beside it.
 */
public final class IncidentService {
    private final Transactions transactions;
    private final ClientService clients;
    private final AuditLog audit;
    private final User me;
    private final Clock clock;
    private final LastReviews lastReview;
    private final Orders orders;

    /** The day of each client's last risk review (clients never reviewed are left out). */
    @FunctionalInterface
    public interface LastReviews {
        LastReviews NONE = clientIds -> Map.of();

        Map<Long, LocalDate> of(java.util.Collection<Long> clientIds);
    }

    public IncidentService(Transactions transactions, ClientService clients, AuditLog audit, User me, Clock clock) {
        this(transactions, clients, audit, me, clock, LastReviews.NONE);
    }

    /**
     * @param lastReview the day of each client's last risk review; signals before it are not current
     */
    public IncidentService(Transactions transactions, ClientService clients, AuditLog audit, User me, Clock clock,
                           LastReviews lastReview) {
        this(transactions, clients, audit, me, clock, lastReview, Orders.NONE);
    }

    /**
     * The protective orders on a case, supplied by the orders feature: what the form offers as "Order breached",
     * and whether an incident may name an order (only one on the same client's case).
     */
    public interface Orders {
        Orders NONE = new Orders() {
            @Override
            public List<OrderChoice> choices(long clientId) {
                return List.of();
            }

            @Override
            public boolean belongsTo(EntityManager em, long clientId, long orderId) {
                return false;
            }
        };

        /** The client's orders, those in force first. */
        List<OrderChoice> choices(long clientId);

        /** Whether the order is on this client's case; asked inside the incident's own unit of work. */
        boolean belongsTo(EntityManager em, long clientId, long orderId);
    }

    /**
     * @param lastReview the day of each client's last risk review; signals before it are not current
     * @param orders     the orders an incident may be logged as breaching
     */
    public IncidentService(Transactions transactions, ClientService clients, AuditLog audit, User me, Clock clock,
                           LastReviews lastReview, Orders orders) {
        this.orders = orders;
        this.transactions = transactions.as(me.username());
        this.clients = clients;
        this.audit = audit;
        this.me = me;
        this.clock = clock;
        this.lastReview = lastReview;
    }

    public IncidentRecord record(long clientId, IncidentDraft draft) {
        check(draft);
        return clients.inCase(clientId, em -> {
            checkPerpetrators(em, clientId, draft);
            checkOrder(em, clientId, draft);
            Incident incident = new Incident(clientId, References.nextNumber(em, "I:" + clientId), clock.instant(),
                    me.username(), draft);
            em.persist(incident);
            em.flush();
            em.persist(new IncidentVersion(incident.id(), 1, clock.instant(), me.username(), null, draft));
            audit.append(em, event(AuditAction.INCIDENT_RECORDED, incident));
            em.flush();
            return toRecord(em, incident);
        });
    }

    /** Records several incidents for one client in one transaction (imports and demo data). */
    public List<Long> recordAll(long clientId, List<IncidentDraft> drafts) {
        return recordAll(clientId, drafts, java.util.Collections.nCopies(drafts.size(), null));
    }

    /**
     * As {@link #recordAll(long, List)}, each incident linked to where it was imported from ({@code links} runs
     * beside {@code drafts}; a null link means typed in). The exhibit must belong to the same client.
     */
    public List<Long> recordAll(long clientId, List<IncidentDraft> drafts, List<ImportLink> links) {
        if (links.size() != drafts.size()) {
            throw new IllegalArgumentException("one link (or null) per draft");
        }
        drafts.forEach(this::check);
        return clients.inCase(clientId, em -> {
            List<Long> ids = new ArrayList<>();
            // Asked once: a query per incident would flush the whole growing unit of work each time.
            List<Long> linked = linkedPerpetrators(em, clientId);
            java.util.Set<Long> exhibits = new java.util.HashSet<>();
            links.stream().filter(java.util.Objects::nonNull).forEach(l -> exhibits.add(l.exhibitId()));
            if (!exhibits.isEmpty() && em.createQuery(
                            "select count(e) from Exhibit e where e.clientId = :c and e.id in :ids", Long.class)
                    .setParameter("c", clientId).setParameter("ids", exhibits).getSingleResult() != exhibits.size()) {
                throw new UserFacingException("exhibit.notFound");
            }
            for (int i = 0; i < drafts.size(); i++) {
                IncidentDraft draft = drafts.get(i);
                if (!linked.containsAll(draft.perpetratorIds())) {
                    throw new InvalidInput(Map.of("perpetrators", "incident.invalid.perpetratorNotLinked"));
                }
                checkOrder(em, clientId, draft);
                Incident incident = new Incident(clientId, References.nextNumber(em, "I:" + clientId),
                        clock.instant(), me.username(), draft);
                if (links.get(i) != null) {
                    incident.importedFrom(links.get(i));
                }
                // An identity id is assigned at persist; no flush here, which would re-check every entity
                // already in this unit of work, once per incident.
                em.persist(incident);
                em.persist(new IncidentVersion(incident.id(), 1, clock.instant(), me.username(), null, draft));
                audit.append(em, event(AuditAction.INCIDENT_RECORDED, incident));
                ids.add(incident.id());
            }
            // An import is one act on the record as well as its incidents: one entry names the file it came from.
            for (long exhibit : exhibits) {
                long made = links.stream().filter(l -> l != null && l.exhibitId() == exhibit).count();
                audit.append(em, AuditEvent.of(me.username(), AuditAction.IMPORT_RECORDED).about("exhibit", exhibit)
                        .withDetail(made + " incidents for " + clients.referenceOf(em, clientId)));
            }
            return ids;
        });
    }

    /**
     * Adds a version to an incident. {@code basedOn} is the version the person was looking at; if someone
     * amended it since, nothing is saved and {@link IncidentConflict} carries the incident as it now stands.
     */
    public IncidentRecord amend(long incidentId, int basedOn, IncidentDraft draft, String reason) {
        Map<String, String> problems = new LinkedHashMap<>(IncidentRules.problems(draft, LocalDate.now(clock)));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.put("reason", "incident.invalid.reasonRequired");
        } else if (why.length() > 1000) {
            problems.put("reason", "incident.invalid.tooLong");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return clients.inCase(clientOf(incidentId), em -> {
            Incident incident = em.find(Incident.class, incidentId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (incident.latestVersion() != basedOn) {
                throw new IncidentConflict(toRecord(em, incident));
            }
            IncidentVersion current = version(em, incidentId, basedOn);
            if (current.toDraft().equals(draft)) {
                throw new UserFacingException("incident.amend.nothingChanged");
            }
            checkPerpetrators(em, incident.clientId(), draft);
            checkOrder(em, incident.clientId(), draft);
            int next = basedOn + 1;
            em.persist(new IncidentVersion(incidentId, next, clock.instant(), me.username(), why, draft));
            incident.amended(next, draft);
            audit.append(em, event(AuditAction.INCIDENT_AMENDED, incident).withDetail("version " + next));
            em.flush();
            return toRecord(em, incident);
        });
    }

    /** One incident with all its versions. Opening it is audited. */
    public IncidentRecord open(long incidentId) {
        return clients.inCase(clientOf(incidentId), em -> {
            Incident incident = em.find(Incident.class, incidentId);
            audit.append(em, event(AuditAction.INCIDENT_VIEWED, incident));
            return toRecord(em, incident);
        });
    }

    /** An incident's day and words (verbatim, then description), for checking an import for duplicates. */
    public record DayWords(long id, int number, LocalDate day, String words) {
    }

    /** The incidents of a client that happened between two days (inclusive), with their words. Not audited as views. */
    public List<DayWords> wordsBetween(long clientId, LocalDate from, LocalDate to) {
        return clients.readCase(clientId, em -> em.createQuery("""
                                select i.id, i.number, v.occurredOn, v.verbatim, v.description
                                from Incident i, IncidentVersion v
                                where v.incidentId = i.id and v.number = i.latestVersion and i.clientId = :c
                                  and i.occurredOn between :from and :to""", Object[].class)
                .setParameter("c", clientId).setParameter("from", from).setParameter("to", to).getResultStream()
                .map(r -> new DayWords((Long) r[0], (Integer) r[1], (LocalDate) r[2],
                        (r[3] == null ? "" : (String) r[3]) + "\n" + (r[4] == null ? "" : (String) r[4])))
                .toList());
    }

    /** Where an imported incident came from, or empty for one recorded by hand. */
    public java.util.Optional<ImportLink> importLink(long incidentId) {
        return java.util.Optional.ofNullable(clients.readCase(clientOf(incidentId),
                em -> em.find(Incident.class, incidentId).importLink()));
    }

    /** The id of incident {@code number} in a client's log ("incident 12" as the case refers to it). */
    public long idOf(long clientId, int number) {
        List<Long> ids = clients.readCase(clientId, em -> em.createQuery(
                        "select i.id from Incident i where i.clientId = :c and i.number = :n", Long.class)
                .setParameter("c", clientId).setParameter("n", number).getResultList());
        if (ids.isEmpty()) {
            throw new UserFacingException("incident.notFound");
        }
        return ids.getFirst();
    }

    /** The client's log, each incident as its version in force says, oldest first. */
    public List<IncidentSummary> log(long clientId) {
        return clients.readCase(clientId, em -> summaries(em, List.of(clientId)).getOrDefault(clientId, List.of()));
    }

    /**
     * Every incident of a client as its version in force says, oldest first, for work that reads the whole log
     * (typology, exchange files). Nothing is opened one by one, so nothing is audited here: the caller audits what
     * it does with the log.
     */
    public List<InForce> inForce(long clientId) {
        return clients.readCase(clientId, em -> em.createQuery("""
                        select i.id, i.number, v from Incident i, IncidentVersion v
                        where v.incidentId = i.id and v.number = i.latestVersion and i.clientId = :c
                        order by i.number""", Object[].class)
                .setParameter("c", clientId).getResultStream()
                .map(r -> new InForce((Long) r[0], (Integer) r[1], ((IncidentVersion) r[2]).toDraft()))
                .toList());
    }

    /**
     * Every incident of a client with all its versions, oldest first, for a subject access export: read in one
     * transaction and audited by the caller as one export, not as a view of each incident.
     */
    public List<IncidentRecord> records(long clientId) {
        return clients.readCase(clientId, em -> em.createQuery(
                        "from Incident i where i.clientId = :c order by i.number", Incident.class)
                .setParameter("c", clientId).getResultStream().map(i -> toRecord(em, i)).toList());
    }

    /** An incident's number and what its version in force says. */
    public record InForce(long id, int number, IncidentDraft draft) {
    }

    /** The log read as a pattern, with escalation signals measured against the client's last risk review. */
    public Pattern pattern(long clientId) {
        List<IncidentSummary> log = log(clientId);
        return PatternRules.analyse(log, LocalDate.now(clock), lastReview.of(List.of(clientId)).get(clientId));
    }

    /** Open cases allocated to me whose log suggests a risk review, each with its current signals. */
    /** Caseloads up to this size look up their earlier threats client by client; larger ones scan the threats. */
    private static final int EARLIER_THREATS_BY_CLIENT_UP_TO = 300;

    public List<ReviewSuggestion> reviewsSuggested() {
        Map<Long, ClientSummary> mine = myOpenCases();
        if (mine.isEmpty()) {
            return List.of();
        }
        // The caseload query has already left out every case I may not see. Only recent incidents can make a
        // signal current, so only they are read, as plain columns; whether a threat is the first ever is
        // answered by one more query for threats before that window.
        LocalDate today = LocalDate.now(clock);
        LocalDate since = today.minusDays(PatternRules.LOOK_BACK_DAYS);
        Map<Long, List<IncidentSummary>> logs = new HashMap<>();
        java.util.Set<Long> earlierThreat = new java.util.HashSet<>();
        transactions.run(em -> {
            // Small lists: H2 uses the (client, date) index for each id, but also re-tests every row found against
            // the whole list, so 500 ids cost 500 comparisons a row.
            for (List<Long> chunk : chunks(List.copyOf(mine.keySet()), 50)) {
                em.createQuery("""
                                select i.id, i.clientId, i.number, i.occurredOn, i.behaviours, i.place,
                                       i.childrenInvolved, i.orderBreached
                                from Incident i
                                where i.clientId in :clients and i.occurredOn >= :since""", Object[].class)
                        .setParameter("clients", chunk).setParameter("since", since).getResultStream()
                        .forEach(r -> logs.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(compact(r)));
            }
            if (mine.size() > EARLIER_THREATS_BY_CLIENT_UP_TO) {
                // A very large caseload: one pass over the threat index (a long client list would defeat it).
                earlierThreat.addAll(em.createQuery(
                                "select distinct i.clientId from Incident i where i.threat = true and i.occurredOn < :since",
                                Long.class).setParameter("since", since).getResultList());
            } else {
                // A real caseload: only my clients' earlier incidents (the store-wide pass read every threat ever
                // recorded, tens of thousands in a 10,000-client store, for a list of tens).
                for (List<Long> chunk : chunks(List.copyOf(mine.keySet()), 50)) {
                    earlierThreat.addAll(em.createQuery("""
                                    select distinct i.clientId from Incident i
                                    where i.clientId in :clients and i.occurredOn < :since and i.threat = true""",
                                    Long.class).setParameter("clients", chunk).setParameter("since", since)
                            .getResultList());
                }
            }
        });
        Map<Long, LocalDate> reviewed = lastReview.of(logs.keySet());
        List<ReviewSuggestion> out = new ArrayList<>();
        logs.forEach((clientId, log) -> {
            List<EscalationSignal> current = PatternRules.analyse(log, today, reviewed.get(clientId)).current()
                    .stream().filter(s -> s.kind() != SignalKind.FIRST_THREAT || !earlierThreat.contains(clientId))
                    .toList();
            if (!current.isEmpty()) {
                out.add(new ReviewSuggestion(mine.get(clientId), current));
            }
        });
        out.sort(java.util.Comparator.comparing((ReviewSuggestion s) -> s.signals().getFirst().date()).reversed());
        return out;
    }

    /**
     * Incidents on my open cases that happened on or after {@code since}, newest first: one query per 50 cases,
     * plain columns only (no descriptions), for the dashboard.
     */
    @SuppressWarnings("unchecked")
    public List<RecentIncident> recentOnMyCases(LocalDate since) {
        Map<Long, ClientSummary> mine = myOpenCases();
        List<RecentIncident> out = new ArrayList<>();
        transactions.run(em -> {
            for (List<Long> chunk : chunks(List.copyOf(mine.keySet()), 50)) {
                em.createQuery("""
                                select i.id, i.clientId, i.number, i.occurredOn, i.behaviours
                                from Incident i where i.clientId in :clients and i.occurredOn >= :since""", Object[].class)
                        .setParameter("clients", chunk).setParameter("since", since).getResultStream()
                        .forEach(r -> out.add(new RecentIncident((Long) r[0], mine.get((Long) r[1]), (Integer) r[2],
                                (LocalDate) r[3], List.copyOf(new java.util.TreeSet<>((java.util.Set<Behaviour>) r[4])))));
            }
        });
        out.sort(java.util.Comparator.comparing(RecentIncident::occurredOn).thenComparing(RecentIncident::number)
                .reversed());
        return out;
    }

    /** The day of each client's latest incident (clients without one are left out), one query per 50 clients. */
    public Map<Long, LocalDate> lastIncidentDays(java.util.Collection<Long> clientIds) {
        Map<Long, LocalDate> out = new HashMap<>();
        transactions.run(em -> {
            for (List<Long> chunk : chunks(List.copyOf(clientIds), 50)) {
                em.createQuery("select i.clientId, max(i.occurredOn) from Incident i where i.clientId in :c group by i.clientId",
                                Object[].class).setParameter("c", chunk).getResultStream()
                        .forEach(r -> out.put((Long) r[0], (LocalDate) r[1]));
            }
        });
        return out;
    }

    private Map<Long, ClientSummary> myOpenCases() {
        return clients.caseload(new CaseloadFilter(
                        Set.of(CaseStatus.OPEN, CaseStatus.REOPENED, CaseStatus.ON_HOLD), Set.of(), me.id())).stream()
                .collect(Collectors.toMap(ClientSummary::id, c -> c, (a, b) -> a, LinkedHashMap::new));
    }

    /** Just what the rules read: a dashboard row of the log, without texts. */
    @SuppressWarnings("unchecked")
    private static IncidentSummary compact(Object[] r) {
        java.util.Set<Behaviour> behaviours = (java.util.Set<Behaviour>) r[4];
        return new IncidentSummary((Long) r[0], (Long) r[1], (Integer) r[2], (LocalDate) r[3], null, false,
                List.copyOf(java.util.EnumSet.copyOf(behaviours.isEmpty()
                        ? java.util.EnumSet.noneOf(Behaviour.class) : behaviours)), Channel.UNKNOWN, (Place) r[5],
                (Boolean) r[6], (Boolean) r[7], Source.CLIENT, "", false, "", java.time.Instant.EPOCH, "", 1);
    }

    private Map<Long, List<IncidentSummary>> summaries(EntityManager em, java.util.Collection<Long> clientIds) {
        Map<Long, List<IncidentSummary>> out = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(clientIds), 500)) {
            List<Object[]> rows = em.createQuery("""
                            select i.id, i.clientId, i.number, i.recordedAt, i.recordedBy, i.latestVersion, v
                            from Incident i, IncidentVersion v
                            where v.incidentId = i.id and v.number = i.latestVersion and i.clientId in :clients""",
                    Object[].class).setParameter("clients", chunk).getResultList();
            for (Object[] r : rows) {
                IncidentDraft d = ((IncidentVersion) r[6]).toDraft();
                out.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new IncidentSummary((Long) r[0],
                        (Long) r[1], (Integer) r[2], d.occurredOn(), d.occurredAt(), d.approximate(),
                        d.behavioursInOrder(), d.channel(), d.place(), d.childrenInvolved(),
                        d.orderId() != null || d.behaviours().contains(Behaviour.ORDER_BREACH), d.source(),
                        summaryOf(d), d.police().reported(), d.police().crimeReference(),
                        (java.time.Instant) r[3], (String) r[4], (Integer) r[5]));
            }
        }
        out.values().forEach(list -> list.sort(PatternRules.CHRONOLOGICAL));
        return out;
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }

    /** The first line of the description (or of the words used), short enough for a table cell. */
    static String summaryOf(IncidentDraft d) {
        String text = d.description().isEmpty() ? d.verbatim().strip() : d.description();
        String line = text.lines().findFirst().orElse("");
        return line.length() <= 160 ? line : line.substring(0, 157) + "…";
    }

    private long clientOf(long incidentId) {
        Long clientId = transactions.read(em -> {
            Incident incident = em.find(Incident.class, incidentId);
            return incident == null ? null : incident.clientId();
        });
        if (clientId == null) {
            throw new UserFacingException("incident.notFound");
        }
        return clientId;
    }

    private static IncidentVersion version(EntityManager em, long incidentId, int number) {
        return em.createQuery("from IncidentVersion v where v.incidentId = :i and v.number = :n", IncidentVersion.class)
                .setParameter("i", incidentId).setParameter("n", number).getSingleResult();
    }

    private static IncidentRecord toRecord(EntityManager em, Incident incident) {
        List<IncidentRecord.VersionEntry> versions = em.createQuery(
                        "from IncidentVersion v where v.incidentId = :i order by v.number", IncidentVersion.class)
                .setParameter("i", incident.id()).getResultStream()
                .map(v -> new IncidentRecord.VersionEntry(v.number(), v.madeAt(), v.madeBy(), v.reason(), v.toDraft()))
                .toList();
        return new IncidentRecord(incident.id(), incident.clientId(), incident.number(), incident.recordedAt(),
                incident.recordedBy(), versions);
    }

    private void checkPerpetrators(EntityManager em, long clientId, IncidentDraft draft) {
        if (draft.perpetratorIds().isEmpty()) {
            return;
        }
        if (!linkedPerpetrators(em, clientId).containsAll(draft.perpetratorIds())) {
            throw new InvalidInput(Map.of("perpetrators", "incident.invalid.perpetratorNotLinked"));
        }
    }

    /** The orders an incident of this client may be logged as breaching, those in force first. */
    public List<OrderChoice> orderChoices(long clientId) {
        return orders.choices(clientId);
    }

    private void checkOrder(EntityManager em, long clientId, IncidentDraft draft) {
        if (draft.orderId() != null && !orders.belongsTo(em, clientId, draft.orderId())) {
            throw new InvalidInput(Map.of("orderId", "incident.invalid.orderNotOnCase"));
        }
    }

    private static List<Long> linkedPerpetrators(EntityManager em, long clientId) {
        return em.createQuery("select l.perpetratorId from PerpetratorLink l where l.clientId = :c", Long.class)
                .setParameter("c", clientId).getResultList();
    }

    private void check(IncidentDraft draft) {
        Map<String, String> problems = IncidentRules.problems(draft, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private AuditEvent event(AuditAction action, Incident incident) {
        return AuditEvent.of(me.username(), action).about("incident", incident.id());
    }
}
