package org.casefile.security;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.casefile.store.Transactions;

/**
 * The append-only, hash-chained audit log. Services append inside their own transaction, so a change and its
 * audit entry commit together or not at all.
 */
public final class AuditLog {
    private static final int PAGE = 1000;
    private final Transactions transactions;
    private final Clock clock;

    public AuditLog(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Appends in a transaction of its own. */
    public void record(AuditEvent event) {
        transactions.run(em -> append(em, event));
    }

    /** Appends inside the caller's transaction. */
    public void append(EntityManager em, AuditEvent event) {
        append(em, event, now());
    }

    void append(EntityManager em, AuditEvent event, Instant at) {
        // Locking the head row serialises appends, on H2 and on PostgreSQL alike.
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ONLY, LockModeType.PESSIMISTIC_WRITE);
        // Inside a read-only unit of work the head would be loaded read-only and its move silently dropped.
        em.unwrap(org.hibernate.Session.class).setReadOnly(head, false);
        AuditEntry entry = new AuditEntry(head.lastSeq() + 1, at.truncatedTo(ChronoUnit.MICROS), event, head.lastHash());
        em.persist(entry);
        head.advance(entry);
        transactions.auditChainMoved(em, entry.seq());
    }

    /** The newest entries first. */
    public List<AuditRecord> recent(int limit) {
        return transactions.read(em -> em.createQuery("from AuditEntry e order by e.seq desc", AuditEntry.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(AuditEntry::toRecord)
                .toList());
    }

    /** What a supervisor looks for in the log; null or blank parts match everything. */
    public record Filter(String actor, String action, String subject, java.time.Instant from, java.time.Instant to) {
        public Filter {
            actor = actor == null ? "" : actor.strip();
            action = action == null ? "" : action.strip();
            subject = subject == null ? "" : subject.strip();
        }
    }

    /**
     * The newest entries matching {@code filter}, for supervisors and administrators only; looking is itself
     * recorded in the log.
     */
    public List<AuditRecord> search(User viewer, Filter filter, int limit) {
        if (viewer.role() == Role.CASEWORKER) {
            throw new org.casefile.UserFacingException("audit.supervisorsOnly");
        }
        StringBuilder jpql = new StringBuilder("from AuditEntry e where 1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (!filter.actor().isEmpty()) {
            jpql.append(" and e.actor = :actor");
            params.put("actor", filter.actor());
        }
        if (!filter.action().isEmpty()) {
            jpql.append(" and e.action = :action");
            params.put("action", filter.action());
        }
        if (!filter.subject().isEmpty()) {
            jpql.append(" and e.subjectId = :subject");
            params.put("subject", filter.subject());
        }
        if (filter.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and e.occurredAt < :to");
            params.put("to", filter.to());
        }
        jpql.append(" order by e.seq desc");
        List<AuditRecord> found = transactions.read(em -> {
            var q = em.createQuery(jpql.toString(), AuditEntry.class).setMaxResults(limit);
            params.forEach(q::setParameter);
            return q.getResultStream().map(AuditEntry::toRecord).toList();
        });
        record(AuditEvent.of(viewer.username(), AuditAction.AUDIT_VIEWED).withDetail(found.size() + " entries shown"
                + (filter.subject().isEmpty() ? "" : " about " + filter.subject())));
        return found;
    }

    /**
     * Every entry about the given records (type → ids, e.g. "client" → its reference, "incident" → its
     * incidents' ids), oldest first, for that person's subject access export.
     */
    public List<AuditRecord> about(java.util.Map<String, java.util.Collection<String>> subjects) {
        return transactions.read(em -> {
            List<AuditRecord> out = new java.util.ArrayList<>();
            subjects.forEach((type, ids) -> {
                if (!ids.isEmpty()) {
                    em.createQuery("from AuditEntry e where e.subjectType = :t and e.subjectId in :ids", AuditEntry.class)
                            .setParameter("t", type).setParameter("ids", ids).getResultStream()
                            .forEach(e -> out.add(e.toRecord()));
                }
            });
            out.sort(java.util.Comparator.comparingLong(AuditRecord::seq));
            return out;
        });
    }

    /** Walks the whole chain from the first entry and reports the first link that does not hold. */
    public AuditVerification verify() {
        return transactions.read(em -> {
            long expectedSeq = 1;
            String expectedPrev = AuditHash.GENESIS;
            long checked = 0;
            while (true) {
                List<AuditEntry> page = em.createQuery("from AuditEntry e where e.seq >= :from order by e.seq",
                                AuditEntry.class)
                        .setParameter("from", expectedSeq)
                        .setMaxResults(PAGE)
                        .getResultList();
                for (AuditEntry entry : page) {
                    AuditRecord r = entry.toRecord();
                    if (entry.seq() != expectedSeq) {
                        return AuditVerification.broken(checked, expectedSeq, r.occurredAt(), "audit.broken.missing");
                    }
                    if (!entry.prevHash().equals(expectedPrev)) {
                        return AuditVerification.broken(checked, entry.seq(), r.occurredAt(), "audit.broken.link");
                    }
                    if (!entry.computeHash().equals(entry.entryHash())) {
                        return AuditVerification.broken(checked, entry.seq(), r.occurredAt(), "audit.broken.altered");
                    }
                    checked++;
                    expectedSeq++;
                    expectedPrev = entry.entryHash();
                }
                em.clear();
                if (page.size() < PAGE) {
                    break;
                }
            }
            AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ONLY);
            if (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(expectedPrev)) {
                // Entries were removed from the end, or the head was moved.
                return AuditVerification.broken(checked, expectedSeq, null, "audit.broken.tail");
            }
            return AuditVerification.intact(checked);
        });
    }

    Instant now() {
        return clock.instant();
    }
}
