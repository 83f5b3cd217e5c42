package org.casefile.client;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casefile.InvalidInput;
import org.casefile.UserFacingException;
import org.casefile.risk.RiskLevel;
import org.casefile.search.SearchText;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditLog;
import org.casefile.security.User;
import org.casefile.store.References;
import org.casefile.store.Transactions;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;

/**
 * Client records for one signed-in person. Restricted clients are filtered here, not in the screens: a person
 * who is not named on a restricted record cannot open, list or find it. Every open and every change is audited.
 */
public final class ClientService {
    private final Transactions transactions;
    private final AuditLog audit;
    private final User me;
    private final Clock clock;

    public ClientService(Transactions transactions, AuditLog audit, User me, Clock clock) {
        this.transactions = transactions.as(me.username());
        this.audit = audit;
        this.me = me;
        this.clock = clock;
    }

    public ClientRecord create(ClientDraft draft) {
        check(draft);
        return transactions.write(em -> {
            String reference = References.next(em, "C", LocalDate.now(clock).getYear());
            Client client = new Client(reference, clock.instant());
            client.apply(draft);
            em.persist(client);
            em.flush();
            em.persist(new StatusChange(client.id(), CaseStatus.OPEN, clock.instant(), "Record created", me.username()));
            audit.append(em, event(AuditAction.CLIENT_CREATED, client));
            return toRecord(em, client);
        });
    }

    /**
     * Runs {@code work} in one transaction on a case the signed-in person may see, for the services of features
     * that hang off a client (incidents, evidence, referrals). A refusal is audited and nothing is run.
     */
    public <T> T inCase(long clientId, java.util.function.Function<EntityManager, T> work) {
        return guarded(() -> transactions.write(em -> {
            visible(em, clientId);
            return work.apply(em);
        }));
    }

    /** As {@link #inCase}, read-only. */
    public <T> T readCase(long clientId, java.util.function.Function<EntityManager, T> work) {
        return guarded(() -> transactions.read(em -> {
            visible(em, clientId);
            return work.apply(em);
        }));
    }

    /** The reference of a client the signed-in person may see (for audit subjects and exhibit stamps). */
    public String referenceOf(EntityManager em, long clientId) {
        return visible(em, clientId).reference();
    }

    /**
     * Sets the level of risk in force, inside a transaction of {@link #inCase} (for the risk feature, which
     * decides the level from the latest assessment). The change shows in the record's history.
     */
    public void setRiskLevel(EntityManager em, long clientId, RiskLevel level) {
        visible(em, clientId).setRiskLevel(level);
    }

    /** The level of risk in force, inside a transaction of {@link #inCase} or {@link #readCase}. */
    public RiskLevel riskLevel(EntityManager em, long clientId) {
        return visible(em, clientId).riskLevel();
    }

    /** Opens a record to read it. The view is audited. */
    public ClientRecord open(long id) {
        return guarded(() -> transactions.write(em -> {
            Client client = visible(em, id);
            audit.append(em, event(AuditAction.CLIENT_VIEWED, client));
            return toRecord(em, client);
        }));
    }

    /**
     * Opens the record with this reference (for the command line, where people type references). As {@link #open}:
     * restriction applies, the view or the refusal is audited.
     */
    public ClientRecord findByReference(String reference) {
        String wanted = reference == null ? "" : reference.strip();
        Long id = transactions.read(em -> em.createQuery("select c.id from Client c where c.reference = :r", Long.class)
                .setParameter("r", wanted).getResultStream().findFirst().orElse(null));
        if (id == null) {
            throw new UserFacingException("client.noSuchReference");
        }
        return open(id);
    }

    /** Saves an edit made to {@code version}; if someone saved in between, nothing is changed. */
    public ClientRecord update(long id, long version, ClientDraft draft) {
        check(draft);
        return guarded(() -> updateVisible(id, version, draft));
    }

    private ClientRecord updateVisible(long id, long version, ClientDraft draft) {
        try {
            return transactions.write(em -> {
                Client client = visible(em, id);
                if (client.version() != version) {
                    throw new OptimisticLockException();
                }
                client.apply(draft);
                em.flush();
                audit.append(em, event(AuditAction.CLIENT_UPDATED, client));
                return toRecord(em, client);
            });
        } catch (UserFacingException e) {
            if ("record.changedElsewhere".equals(e.key()) && !(e instanceof EditConflict)) {
                throw new EditConflict(transactions.read(em -> toRecord(em, visible(em, id))));
            }
            throw e;
        }
    }

    public ClientRecord changeStatus(long id, long version, CaseStatus next, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput(Map.of("reason", "client.problem.reasonRequired"));
        }
        return guarded(() -> transactions.write(em -> {
            Client client = visible(em, id);
            if (client.version() != version) {
                throw new EditConflict(toRecord(em, client));
            }
            if (!client.status().next().contains(next)) {
                throw new UserFacingException("client.problem.statusStep");
            }
            client.setStatus(next);
            em.persist(new StatusChange(client.id(), next, clock.instant(), reason.strip(), me.username()));
            em.flush();
            audit.append(em, event(AuditAction.CLIENT_STATUS_CHANGED, client).withDetail(next.name()));
            return toRecord(em, client);
        }));
    }

    /** The clients this person may see, narrowed by the filter, for the caseload list. */
    public List<ClientSummary> caseload(CaseloadFilter filter) {
        return transactions.read(em -> {
            StringBuilder jpql = new StringBuilder("""
                    select c.id, c.reference, c.givenName, c.familyName, c.dateOfBirth, c.status, c.riskLevel,
                           c.allocatedTo, c.restricted
                    from Client c
                    where (c.restricted = false or c.allocatedTo = :me or :me member of c.namedUsers)""");
            Map<String, Object> params = new HashMap<>();
            params.put("me", me.id());
            if (!filter.statuses().isEmpty()) {
                jpql.append(" and c.status in :statuses");
                params.put("statuses", filter.statuses());
            }
            if (!filter.riskLevels().isEmpty()) {
                jpql.append(" and c.riskLevel in :risks");
                params.put("risks", filter.riskLevels());
            }
            if (filter.allocatedTo() != null) {
                jpql.append(" and c.allocatedTo = :allocated");
                params.put("allocated", filter.allocatedTo());
            }
            jpql.append(" order by c.reference");
            var query = em.createQuery(jpql.toString(), Object[].class);
            params.forEach(query::setParameter);
            List<Object[]> rows = query.getResultList();
            Map<Long, String> aliases = aliases(em, rows.stream().map(r -> (Long) r[0]).toList());
            List<ClientSummary> out = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                long id = (Long) r[0];
                out.add(new ClientSummary(id, (String) r[1], (r[2] + " " + r[3]).strip(), aliases.getOrDefault(id, ""),
                        (LocalDate) r[4], (CaseStatus) r[5], (RiskLevel) r[6], (Long) r[7], (Boolean) r[8]));
            }
            return out;
        });
    }

    /**
     * Records that may be this person: same name and date of birth, or a shared phone number. Restricted
     * matches the person may not see are reported without their details.
     */
    public List<PossibleDuplicate> possibleDuplicates(ClientDraft draft, Long exceptId) {
        String name = SearchText.fold(draft.fullName());
        Set<String> phones = draft.phones().stream().map(p -> SearchText.digits(p.number()))
                .filter(d -> d.length() >= 6).collect(Collectors.toSet());
        return transactions.read(em -> {
            List<PossibleDuplicate> found = new ArrayList<>();
            if (draft.dateOfBirth() != null && !name.isEmpty()) {
                for (Client c : em.createQuery("from Client c where c.dateOfBirth = :dob", Client.class)
                        .setParameter("dob", draft.dateOfBirth()).getResultList()) {
                    ClientDraft d = c.toDraft();
                    if (!Objects.equals(c.id(), exceptId) && SearchText.fold(d.fullName()).equals(name)) {
                        found.add(duplicate(c, "client.duplicate.nameAndBirth"));
                    }
                }
            }
            for (String digits : phones) {
                for (Client c : em.createQuery("from Client c where c.searchKey like :digits", Client.class)
                        .setParameter("digits", "%|" + digits + "|%").getResultList()) {
                    if (!Objects.equals(c.id(), exceptId) && found.stream().noneMatch(f -> f.id() == c.id())) {
                        found.add(duplicate(c, "client.duplicate.phone"));
                    }
                }
            }
            return found;
        });
    }

    /** Field by field, what changed in each saved revision of the record, newest first. */
    public List<FieldChange> history(long id) {
        return guarded(() -> transactions.read(em -> {
            visible(em, id);
            AuditReader reader = AuditReaderFactory.get(em);
            List<Number> revisions = reader.getRevisions(Client.class, id);
            List<FieldChange> changes = new ArrayList<>();
            Map<String, String> before = Map.of();
            for (Number rev : revisions) {
                Client snapshot = reader.find(Client.class, id, rev);
                Map<String, String> after = describe(snapshot);
                var at = reader.getRevisionDate(rev).toInstant();
                String by = em.createQuery("select r.actor from Revision r where r.id = :rev", String.class)
                        .setParameter("rev", rev.longValue()).getSingleResult();
                for (var field : after.entrySet()) {
                    String old = before.getOrDefault(field.getKey(), "");
                    if (!old.equals(field.getValue())) {
                        changes.add(new FieldChange(at, by, field.getKey(), old, field.getValue()));
                    }
                }
                before = after;
            }
            return changes.reversed();
        }));
    }

    /** Summaries of those of {@code ids} this person may see; no view is audited (nothing is opened). */
    public Map<Long, ClientSummary> visibleSummaries(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return transactions.read(em -> em.createQuery("from Client c where c.id in :ids", Client.class)
                .setParameter("ids", ids).getResultStream()
                .filter(c -> c.visibleTo(me.id()))
                .collect(Collectors.toMap(Client::id, c -> {
                    ClientDraft d = c.toDraft();
                    return new ClientSummary(c.id(), c.reference(), d.fullName(), String.join(", ", d.aliases()),
                            d.dateOfBirth(), c.status(), c.riskLevel(), d.allocatedTo(), d.restricted());
                })));
    }

    /** The names of people who can hold a caseload, for the allocation choice. */
    public Map<Long, String> caseworkers() {
        return transactions.read(em -> em.createQuery(
                        "select u.id, u.displayName from UserAccount u where u.enabled = true order by u.displayName",
                        Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1], (a, b) -> a, LinkedHashMap::new)));
    }

    private static final Map<String, Function<ClientDraft, Object>> FIELDS = fields();

    private static Map<String, Function<ClientDraft, Object>> fields() {
        Map<String, Function<ClientDraft, Object>> f = new LinkedHashMap<>();
        f.put("givenName", ClientDraft::givenName);
        f.put("familyName", ClientDraft::familyName);
        f.put("aliases", ClientDraft::aliases);
        f.put("dateOfBirth", ClientDraft::dateOfBirth);
        f.put("pronouns", ClientDraft::pronouns);
        f.put("language", ClientDraft::language);
        f.put("interpreterNeeded", ClientDraft::interpreterNeeded);
        f.put("vulnerabilities", ClientDraft::vulnerabilities);
        f.put("household", ClientDraft::household);
        f.put("children", ClientDraft::children);
        f.put("phones", ClientDraft::phones);
        f.put("addresses", ClientDraft::addresses);
        f.put("safeContact", ClientDraft::safeContact);
        f.put("professionals", ClientDraft::professionals);
        f.put("allocatedTo", ClientDraft::allocatedTo);
        f.put("restricted", ClientDraft::restricted);
        f.put("namedUsers", ClientDraft::namedUsers);
        return f;
    }

    /** The fields the history names, for the screen's labels. */
    public static List<String> historyFields() {
        List<String> names = new ArrayList<>(FIELDS.keySet());
        names.add("status");
        names.add("riskLevel");
        return names;
    }

    private static Map<String, String> describe(Client c) {
        Map<String, String> out = new LinkedHashMap<>();
        ClientDraft d = c.toDraft();
        FIELDS.forEach((name, getter) -> out.put(name, display(getter.apply(d))));
        out.put("status", c.status().name());
        out.put("riskLevel", c.riskLevel().name());
        return out;
    }

    /** A value as a person would write it in a note, not as Java prints it. */
    static String display(Object value) {
        return switch (value) {
            case null -> "";
            case List<?> list -> String.join("; ", list.stream().map(ClientService::display).toList());
            case Boolean b -> b ? "yes" : "no";
            case ClientDraft.Phone p -> p.number() + (p.label().isBlank() ? "" : " (" + p.label() + ")");
            case ClientDraft.Address a -> String.join(", ", List.of(a.line1(), a.town(), a.postcode()).stream()
                    .filter(x -> !x.isBlank()).toList()) + " (" + a.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + (a.confidential() ? ", confidential" : "") + ")";
            case ClientDraft.Child ch -> ch.name() + (ch.dateOfBirth() == null ? "" : ", born " + ch.dateOfBirth())
                    + (ch.notes().isBlank() ? "" : " (" + ch.notes() + ")");
            case ClientDraft.Professional p -> String.join(", ", List.of(p.role(), p.name(), p.organisation(), p.phone())
                    .stream().filter(x -> !x.isBlank()).toList());
            case ClientDraft.SafeContact s -> String.join("; ", List.of(s.safeNumber(), s.safeTimes(),
                    "voicemail " + s.voicemail().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    "post " + s.post().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    s.codeWord().isBlank() ? "" : "code word set", s.notes()).stream().filter(x -> !x.isBlank()).toList());
            default -> String.valueOf(value);
        };
    }

    private Client visible(EntityManager em, long id) {
        Client client = em.find(Client.class, id);
        if (client == null) {
            throw new UserFacingException("client.notFound");
        }
        if (!client.visibleTo(me.id())) {
            throw new NotVisible(client.reference());
        }
        return client;
    }

    /** Thrown inside a transaction that is then rolled back; the refusal is audited in one of its own. */
    private static final class NotVisible extends UserFacingException {
        private final String reference;

        NotVisible(String reference) {
            super("client.notVisible");
            this.reference = reference;
        }
    }

    private <T> T guarded(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (NotVisible refused) {
            audit.record(AuditEvent.of(me.username(), AuditAction.CLIENT_VIEW_REFUSED).about("client", refused.reference));
            throw new UserFacingException("client.notVisible");
        }
    }

    private PossibleDuplicate duplicate(Client c, String reason) {
        return c.visibleTo(me.id())
                ? new PossibleDuplicate(c.id(), c.reference(), c.toDraft().fullName(), reason)
                : new PossibleDuplicate(c.id(), "", "", reason);
    }

    /** Lists up to this long read their clients' aliases by id; longer ones read every alias in one pass. */
    private static final int ALIASES_BY_ID_UP_TO = 2000;

    /**
     * The aliases of {@code ids}, joined per client. A caseworker's own list (tens of clients) reads only theirs:
     * reading every alias in a 10,000-client store for it was most of the dashboard's wait after sign-in.
     */
    private static Map<Long, String> aliases(EntityManager em, List<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        if (ids.size() > ALIASES_BY_ID_UP_TO) {
            em.createQuery("select c.id, a from Client c join c.aliases a", Object[].class).getResultStream()
                    .forEach(r -> out.merge((Long) r[0], (String) r[1], (x, y) -> x + ", " + y));
            return out;
        }
        for (int from = 0; from < ids.size(); from += 500) {
            em.createQuery("select c.id, a from Client c join c.aliases a where c.id in :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500))).getResultStream()
                    .forEach(r -> out.merge((Long) r[0], (String) r[1], (x, y) -> x + ", " + y));
        }
        return out;
    }

    private ClientRecord toRecord(EntityManager em, Client c) {
        List<ClientRecord.StatusEntry> history = em.createQuery(
                        "from StatusChange s where s.clientId = :id order by s.changedAt desc, s.id desc", StatusChange.class)
                .setParameter("id", c.id()).getResultStream().map(StatusChange::toRecord).toList();
        return new ClientRecord(c.id(), c.reference(), c.toDraft(), c.status(), c.riskLevel(), c.createdAt(),
                c.version(), history);
    }

    private AuditEvent event(AuditAction action, Client c) {
        return AuditEvent.of(me.username(), action).about("client", c.reference());
    }

    private void check(ClientDraft draft) {
        Map<String, String> problems = ClientRules.problems(draft, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
