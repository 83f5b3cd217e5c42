package org.casefile.perpetrator;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casefile.InvalidInput;
import org.casefile.UserFacingException;
import org.casefile.client.ClientService;
import org.casefile.client.ClientSummary;
import org.casefile.client.PossibleDuplicate;
import org.casefile.search.SearchText;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditLog;
import org.casefile.security.User;
import org.casefile.store.References;
import org.casefile.store.Transactions;

/** Perpetrator records and their links to clients. Links to clients the reader may not see are counted, not named. */
public final class PerpetratorService {
    private static final Pattern PHONE = Pattern.compile("[+()0-9 .-]{6,25}");
    private final Transactions transactions;
    private final AuditLog audit;
    private final ClientService clients;
    private final User me;
    private final Clock clock;

    public PerpetratorService(Transactions transactions, AuditLog audit, ClientService clients, User me, Clock clock) {
        this.transactions = transactions.as(me.username());
        this.audit = audit;
        this.clients = clients;
        this.me = me;
        this.clock = clock;
    }

    public PerpetratorRecord create(PerpetratorDraft draft) {
        check(draft);
        long id = transactions.write(em -> {
            Perpetrator p = new Perpetrator(References.next(em, "P", LocalDate.now(clock).getYear()), clock.instant());
            p.apply(draft);
            em.persist(p);
            em.flush();
            audit.append(em, event(AuditAction.PERPETRATOR_CREATED, p));
            return p.id();
        });
        return read(id);
    }

    /** Opens the record to read it; the view is audited. */
    public PerpetratorRecord open(long id) {
        transactions.run(em -> audit.append(em, event(AuditAction.PERPETRATOR_VIEWED, find(em, id))));
        return read(id);
    }

    public PerpetratorRecord update(long id, long version, PerpetratorDraft draft) {
        check(draft);
        transactions.run(em -> {
            Perpetrator p = find(em, id);
            if (p.version() != version) {
                throw new OptimisticLockException();
            }
            p.apply(draft);
            em.flush();
            audit.append(em, event(AuditAction.PERPETRATOR_UPDATED, p));
        });
        return read(id);
    }

    /** Links a perpetrator to a client the reader can see. Linking twice updates the relationship. */
    public void link(long clientId, long perpetratorId, Relationship relationship, String notes) {
        requireVisible(clientId);
        transactions.run(em -> {
            Perpetrator p = find(em, perpetratorId);
            deleteLink(em, clientId, perpetratorId);
            em.persist(new PerpetratorLink(clientId, perpetratorId, relationship, notes, clock.instant()));
            audit.append(em, event(AuditAction.PERPETRATOR_LINKED, p).withDetail(relationship.name()));
        });
    }

    /** Removes a link made in error; the field history keeps that it existed. */
    public void unlink(long clientId, long perpetratorId) {
        requireVisible(clientId);
        transactions.run(em -> {
            Perpetrator p = find(em, perpetratorId);
            deleteLink(em, clientId, perpetratorId);
            audit.append(em, event(AuditAction.PERPETRATOR_UNLINKED, p));
        });
    }

    private void requireVisible(long clientId) {
        if (clients.visibleSummaries(List.of(clientId)).isEmpty()) {
            throw new UserFacingException("client.notVisible");
        }
    }

    private static void deleteLink(EntityManager em, long clientId, long perpetratorId) {
        em.createQuery("delete from PerpetratorLink l where l.clientId = :c and l.perpetratorId = :p")
                .setParameter("c", clientId).setParameter("p", perpetratorId).executeUpdate();
    }

    /** The perpetrators linked to a client, each with how many other clients they are linked to. */
    public List<LinkedPerpetrator> forClient(long clientId) {
        return transactions.read(em -> {
            List<PerpetratorLink> links = em.createQuery("from PerpetratorLink l where l.clientId = :c", PerpetratorLink.class)
                    .setParameter("c", clientId).getResultList();
            List<LinkedPerpetrator> out = new ArrayList<>();
            for (PerpetratorLink l : links) {
                Perpetrator p = em.find(Perpetrator.class, l.perpetratorId());
                long total = em.createQuery("select count(l) from PerpetratorLink l where l.perpetratorId = :p", Long.class)
                        .setParameter("p", l.perpetratorId()).getSingleResult();
                String name = p.toDraft().fullName();
                out.add(new LinkedPerpetrator(p.id(), p.reference(), name.isEmpty() ? p.reference() : name,
                        l.relationship(), l.notes(), (int) total - 1));
            }
            return out;
        });
    }

    /** Same name and date of birth, or a shared phone number. */
    public List<PossibleDuplicate> possibleDuplicates(PerpetratorDraft draft, Long exceptId) {
        String name = SearchText.fold(draft.fullName());
        Set<String> phones = draft.phones().stream().map(SearchText::digits).filter(d -> d.length() >= 6)
                .collect(Collectors.toSet());
        return transactions.read(em -> {
            List<PossibleDuplicate> found = new ArrayList<>();
            if (draft.dateOfBirth() != null && !name.isEmpty()) {
                em.createQuery("from Perpetrator p where p.dateOfBirth = :dob", Perpetrator.class)
                        .setParameter("dob", draft.dateOfBirth()).getResultStream()
                        .filter(p -> !Objects.equals(p.id(), exceptId))
                        .filter(p -> SearchText.fold(p.toDraft().fullName()).equals(name))
                        .forEach(p -> found.add(duplicate(p, "client.duplicate.nameAndBirth")));
            }
            for (String digits : phones) {
                em.createQuery("from Perpetrator p where p.searchKey like :d", Perpetrator.class)
                        .setParameter("d", "%|" + digits + "|%").getResultStream()
                        .filter(p -> !Objects.equals(p.id(), exceptId))
                        .filter(p -> found.stream().noneMatch(f -> f.id() == p.id()))
                        .forEach(p -> found.add(duplicate(p, "client.duplicate.phone")));
            }
            return found;
        });
    }

    private PerpetratorRecord read(long id) {
        record Loaded(Perpetrator p, PerpetratorDraft d, List<PerpetratorLink> links) {
        }
        Loaded loaded = transactions.read(em -> {
            Perpetrator p = find(em, id);
            return new Loaded(p, p.toDraft(), em.createQuery(
                            "from PerpetratorLink l where l.perpetratorId = :p order by l.linkedAt", PerpetratorLink.class)
                    .setParameter("p", id).getResultList());
        });
        Map<Long, ClientSummary> visible = clients.visibleSummaries(
                loaded.links().stream().map(PerpetratorLink::clientId).toList());
        List<PerpetratorRecord.LinkedClient> shown = new ArrayList<>();
        int hidden = 0;
        for (PerpetratorLink l : loaded.links()) {
            ClientSummary c = visible.get(l.clientId());
            if (c == null) {
                hidden++;
            } else {
                shown.add(new PerpetratorRecord.LinkedClient(c.id(), c.reference(), c.name(), l.relationship(), l.notes()));
            }
        }
        return new PerpetratorRecord(loaded.p().id(), loaded.p().reference(), loaded.d(), loaded.p().version(), shown,
                hidden);
    }

    private static Perpetrator find(EntityManager em, long id) {
        Perpetrator p = em.find(Perpetrator.class, id);
        if (p == null) {
            throw new UserFacingException("perpetrator.notFound");
        }
        return p;
    }

    private static PossibleDuplicate duplicate(Perpetrator p, String reason) {
        String name = p.toDraft().fullName();
        return new PossibleDuplicate(p.id(), p.reference(), name.isEmpty() ? p.reference() : name, reason);
    }

    private AuditEvent event(AuditAction action, Perpetrator p) {
        return AuditEvent.of(me.username(), action).about("perpetrator", p.reference());
    }

    static Map<String, String> problems(PerpetratorDraft d, LocalDate today) {
        Map<String, String> p = new LinkedHashMap<>();
        if (d.fullName().isEmpty() && d.aliases().isEmpty() && d.description().isBlank()) {
            p.put("givenName", "perpetrator.problem.someoneRequired");
        }
        if (d.givenName().length() > 100 || d.familyName().length() > 100) {
            p.put("givenName", "client.problem.tooLong");
        }
        if (d.dateOfBirth() != null && (d.dateOfBirth().isAfter(today)
                || Period.between(d.dateOfBirth(), today).getYears() > 120)) {
            p.put("dateOfBirth", d.dateOfBirth().isAfter(today) ? "client.problem.bornInFuture" : "client.problem.tooOld");
        }
        if (d.description().length() > 2000) {
            p.put("description", "client.problem.tooLong");
        }
        if (d.phones().stream().anyMatch(ph -> !PHONE.matcher(ph.strip()).matches())) {
            p.put("phones", "client.problem.phone");
        }
        return p;
    }

    private void check(PerpetratorDraft draft) {
        Map<String, String> problems = problems(draft, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
