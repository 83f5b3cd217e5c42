package org.casefile.privacy;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefile.UserFacingException;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditLog;
import org.casefile.security.Role;
import org.casefile.security.User;
import org.casefile.store.Transactions;
import org.hibernate.Session;

/**
 * Retention: closed cases kept past the agency's retention period are listed for a supervisor to review, and
 * erased on their word. Erasing removes every row about the client — every table, every version, the field
 * history — and the perpetrators no other case names; what stays is an erasure record (reference, dates, who,
 * why, how many rows) and the audit log, which never held case content. The next clean close rewrites the store
 * file, so the erased rows do not linger in old parts of it.
 */
public final class Retention {
    public static final int DEFAULT_YEARS = 6;
    static final String RULE = "retentionYears";

    /** A closed case past the retention period. */
    public record Due(long clientId, String reference, LocalDate closedOn, long yearsClosed) {
    }

    /** What an erasure removed. */
    public record Erased(String reference, int rows, int perpetrators, Map<String, Integer> byTable) {
    }

    /** One line of the erasure register. */
    public record ErasureRecord(String reference, LocalDate closedOn, Instant erasedAt, String erasedBy,
                                String reason, int rows, int perpetrators) {
    }

    private final Transactions transactions;
    private final AuditLog audit;
    private final User me;
    private final Clock clock;

    public Retention(Transactions transactions, AuditLog audit, User me, Clock clock) {
        this.transactions = transactions;
        this.audit = audit;
        this.me = me;
        this.clock = clock;
    }

    /** The retention period every desktop on this store uses. */
    public int years() {
        return transactions.read(this::years);
    }

    private int years(EntityManager em) {
        List<?> found = em.createNativeQuery("select rule_value from store_rule where name = ?1")
                .setParameter(1, RULE).getResultList();
        return found.isEmpty() ? DEFAULT_YEARS : Integer.parseInt(found.getFirst().toString());
    }

    /** Administrators set the period (1–100 years); it applies to every desktop on the store. */
    public void setYears(int years) {
        if (me.role() != Role.ADMINISTRATOR) {
            throw new UserFacingException("privacy.retention.adminsOnly");
        }
        if (years < 1 || years > 100) {
            throw new UserFacingException("privacy.retention.yearsRange");
        }
        transactions.run(em -> {
            em.createNativeQuery("delete from store_rule where name = ?1").setParameter(1, RULE).executeUpdate();
            em.createNativeQuery("insert into store_rule (name, rule_value, changed_at, changed_by) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, RULE).setParameter(2, Integer.toString(years))
                    .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, me.username())
                    .executeUpdate();
            audit.append(em, AuditEvent.of(me.username(), AuditAction.SETTINGS_CHANGED)
                    .withDetail("retention period " + years + " years"));
        });
    }

    /** Closed cases whose closing is older than the retention period, longest closed first. */
    public List<Due> due() {
        requireSupervisor();
        return transactions.read(em -> {
            LocalDate today = LocalDate.now(clock);
            LocalDate cutOff = today.minusYears(years(em));
            List<Due> out = new ArrayList<>();
            for (Object[] row : closedCases(em)) {
                LocalDate closedOn = closedOn(row[2]);
                if (closedOn != null && !closedOn.isAfter(cutOff)) {
                    out.add(new Due(((Number) row[0]).longValue(), (String) row[1], closedOn,
                            ChronoUnit.YEARS.between(closedOn, today)));
                }
            }
            out.sort(java.util.Comparator.comparing(Due::closedOn));
            return out;
        });
    }

    /**
     * Erases a closed case past the retention period, with the reason on the record. Everything goes in one
     * transaction: all of it, or (on any failure) none of it.
     */
    public Erased erase(String reference, String reason) {
        requireSupervisor();
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("privacy.erase.reasonNeeded");
        }
        Due due = due().stream().filter(d -> d.reference().equalsIgnoreCase(reference.strip())).findFirst()
                .orElseThrow(() -> new UserFacingException("privacy.erase.notDue", reference.strip(), years()));
        Erased erased = transactions.write(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            try {
                RowEraser eraser = new RowEraser(connection);
                Set<Long> perpetrators = perpetratorsOf(em, due.clientId());
                Map<String, Integer> byTable = new java.util.TreeMap<>(eraser.erase("client", due.clientId()));
                int perpetratorsErased = 0;
                for (long perpetrator : perpetrators) {
                    if (!namedElsewhere(em, perpetrator)) {
                        eraser.erase("perpetrator", perpetrator).forEach((t, n) -> byTable.merge(t, n, Integer::sum));
                        perpetratorsErased++;
                    }
                }
                int rows = byTable.values().stream().mapToInt(Integer::intValue).sum();
                em.createNativeQuery("insert into erasure_record (client_reference, closed_on, erased_at, erased_by, "
                                + "reason, rows_erased, perpetrators_erased) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                        .setParameter(1, due.reference()).setParameter(2, due.closedOn())
                        .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, me.username())
                        .setParameter(5, reason.strip()).setParameter(6, rows).setParameter(7, perpetratorsErased)
                        .executeUpdate();
                audit.append(em, AuditEvent.of(me.username(), AuditAction.CLIENT_ERASED)
                        .about("client", due.reference())
                        .withDetail(rows + " rows, " + perpetratorsErased + " perpetrators; closed " + due.closedOn()));
                return new Erased(due.reference(), rows, perpetratorsErased, byTable);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
        transactions.compactAtClose();
        return erased;
    }

    /** Every erasure so far, newest first. */
    public List<ErasureRecord> register() {
        requireSupervisor();
        return transactions.read(em -> {
            List<ErasureRecord> out = new ArrayList<>();
            for (Object row : em.createNativeQuery("select client_reference, closed_on, erased_at, erased_by, reason, "
                    + "rows_erased, perpetrators_erased from erasure_record order by erased_at desc").getResultList()) {
                Object[] r = (Object[]) row;
                out.add(new ErasureRecord((String) r[0], closedOn(r[1]), instant(r[2]), (String) r[3], (String) r[4],
                        ((Number) r[5]).intValue(), ((Number) r[6]).intValue()));
            }
            return out;
        });
    }

    private void requireSupervisor() {
        if (me.role() == Role.CASEWORKER) {
            throw new UserFacingException("privacy.retention.supervisorsOnly");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> closedCases(EntityManager em) {
        return em.createNativeQuery("select c.id, c.reference, max(s.changed_at) from client c "
                + "join client_status_change s on s.client_id = c.id and s.status = 'CLOSED' "
                + "where c.status = 'CLOSED' group by c.id, c.reference").getResultList();
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> perpetratorsOf(EntityManager em, long clientId) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String sql : List.of(
                "select perpetrator_id from perpetrator_link where client_id = ?1",
                "select perpetrator_id from typology_context where client_id = ?1",
                "select p.perpetrator_id from incident_perpetrator p join incident_version v on v.id = p.version_id "
                        + "join incident i on i.id = v.incident_id where i.client_id = ?1")) {
            for (Object id : em.createNativeQuery(sql).setParameter(1, clientId).getResultList()) {
                ids.add(((Number) id).longValue());
            }
        }
        return ids;
    }

    /** Whether another case still names this perpetrator (a link, an incident, a typology context). */
    private static boolean namedElsewhere(EntityManager em, long perpetrator) {
        for (String table : List.of("perpetrator_link", "incident_perpetrator", "typology_context")) {
            Number n = (Number) em.createNativeQuery("select count(*) from " + table + " where perpetrator_id = ?1")
                    .setParameter(1, perpetrator).getSingleResult();
            if (n.longValue() > 0) {
                return true;
            }
        }
        return false;
    }

    private LocalDate closedOn(Object value) {
        Instant at = instant(value);
        return at == null ? null : at.atZone(clock.getZone()).toLocalDate();
    }

    private Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case java.time.OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            case java.sql.Date d -> d.toLocalDate().atStartOfDay(clock.getZone()).toInstant();
            case LocalDate d -> d.atStartOfDay(clock.getZone()).toInstant();
            default -> throw new IllegalStateException("unexpected date type " + value.getClass().getName());
        };
    }
}
