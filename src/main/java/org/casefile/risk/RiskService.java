package org.casefile.risk;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import org.casefile.store.Transactions;

/**
 * Risk assessments, risk notes and other agencies' grades for the cases the signed-in person may see. The level
 * in force on a client is the chosen level of their latest assessment (by the day it was made); every
 * assessment is kept, so the history of levels is the list of assessments.
 */
public final class RiskService {
    private static final int NOTE_LIMIT = 20_000;

    private final Transactions transactions;
    private final ClientService clients;
    private final AuditLog audit;
    private final User me;
    private final Clock clock;

    public RiskService(Transactions transactions, ClientService clients, AuditLog audit, User me, Clock clock) {
        this.transactions = transactions.as(me.username());
        this.clients = clients;
        this.audit = audit;
        this.me = me;
        this.clock = clock;
    }

    /** The checklist assessments are made with now: the agency's own if one was loaded, else Casefile's. */
    public Checklist checklist() {
        String definition = transactions.read(em -> em.createQuery(
                        "select c.definition from StoredChecklist c where c.active = true order by c.id desc", String.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null));
        return definition == null ? Checklist.casefileDefault() : Checklist.parse(definition);
    }

    /**
     * Makes an agency's checklist file the one used for new assessments, for everyone sharing this store. A file
     * that is not a usable checklist changes nothing and says why.
     */
    public Checklist loadChecklist(Path file) {
        mayChangeChecklist();
        Checklist checklist = Checklist.load(file);
        String definition;
        try {
            definition = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserFacingException("risk.checklist.unreadable", file.getFileName().toString());
        }
        transactions.run(em -> {
            retireAll(em);
            em.persist(new StoredChecklist(checklist, definition, clock.instant(), me.username()));
            audit.append(em, AuditEvent.of(me.username(), AuditAction.SETTINGS_CHANGED)
                    .withDetail("risk checklist " + checklist.id() + " version " + checklist.version() + " loaded"));
        });
        return checklist;
    }

    /** Goes back to Casefile's own checklist for new assessments. */
    public void useDefaultChecklist() {
        mayChangeChecklist();
        transactions.run(em -> {
            retireAll(em);
            audit.append(em, AuditEvent.of(me.username(), AuditAction.SETTINGS_CHANGED)
                    .withDetail("risk checklist: Casefile's own"));
        });
    }

    /** The checklist is the agency's choice: supervisors and administrators make it, for everyone. */
    private void mayChangeChecklist() {
        if (me.role() == org.casefile.security.Role.CASEWORKER) {
            throw new UserFacingException("risk.checklist.notAllowed");
        }
    }

    private static void retireAll(EntityManager em) {
        em.createQuery("from StoredChecklist c where c.active = true", StoredChecklist.class).getResultList()
                .forEach(StoredChecklist::retire);
    }

    /**
     * Saves a completed assessment made with {@code checklist} (the one the form showed; it must still be the
     * checklist in use) and, when it is the latest, sets the client's level to the caseworker's level.
     */
    public AssessmentRecord assess(long clientId, Checklist checklist, AssessmentDraft draft) {
        Map<String, String> problems = RiskRules.problems(checklist, draft, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Checklist current = checklist();
        if (!current.id().equals(checklist.id()) || current.version() != checklist.version()) {
            throw new UserFacingException("risk.checklist.changed");
        }
        return clients.inCase(clientId, em -> {
            Assessment a = new Assessment(clientId, checklist, draft, me.username(), clock.instant());
            em.persist(a);
            em.flush();
            Assessment latest = latest(em, clientId);
            clients.setRiskLevel(em, clientId, latest.chosenLevel());
            AssessmentRecord saved = a.toRecord();
            audit.append(em, AuditEvent.of(me.username(), AuditAction.RISK_ASSESSED)
                    .about("client", clients.referenceOf(em, clientId))
                    .withDetail(saved.yesCount() + " of " + saved.factorCount() + " yes, suggested " + saved.suggested()
                            + ", chosen " + saved.chosen() + ", review " + saved.nextReview()));
            return saved;
        });
    }

    private static Assessment latest(EntityManager em, long clientId) {
        return em.createQuery("""
                        from Assessment a where a.clientId = :c
                        order by a.assessedOn desc, a.recordedAt desc, a.id desc""", Assessment.class)
                .setParameter("c", clientId).setMaxResults(1).getSingleResult();
    }

    /** The level in force, its review date and every assessment, grade and note, newest first. */
    public RiskOverview overview(long clientId) {
        return clients.readCase(clientId, em -> {
            List<AssessmentRecord> assessments = em.createQuery("""
                            from Assessment a left join fetch a.answers where a.clientId = :c
                            order by a.assessedOn desc, a.recordedAt desc, a.id desc""", Assessment.class)
                    .setParameter("c", clientId).getResultStream().distinct().map(Assessment::toRecord).toList();
            List<GradeRecord> grades = em.createQuery(
                            "from ExternalGrade g where g.clientId = :c order by g.gradedOn desc, g.id desc", ExternalGrade.class)
                    .setParameter("c", clientId).getResultStream().map(ExternalGrade::toRecord).toList();
            List<RiskNoteRecord> notes = em.createQuery(
                            "from RiskNote n where n.clientId = :c order by n.writtenAt desc, n.id desc", RiskNote.class)
                    .setParameter("c", clientId).getResultStream().map(RiskNote::toRecord).toList();
            RiskLevel level = assessments.isEmpty() ? RiskLevel.NOT_ASSESSED : assessments.getFirst().chosen();
            LocalDate review = assessments.isEmpty() ? null : assessments.getFirst().nextReview();
            boolean overdue = review != null && review.isBefore(LocalDate.now(clock));
            return new RiskOverview(level, review, overdue, assessments, grades, notes);
        });
    }

    public RiskNoteRecord addNote(long clientId, NoteKind kind, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InvalidInput(Map.of("body", "risk.note.empty"));
        }
        if (body.length() > NOTE_LIMIT) {
            throw new InvalidInput(Map.of("body", "risk.invalid.tooLong"));
        }
        return clients.inCase(clientId, em -> {
            RiskNote note = new RiskNote(clientId, clock.instant(), me.username(), kind == null ? NoteKind.GENERAL : kind, body);
            em.persist(note);
            em.flush();
            audit.append(em, AuditEvent.of(me.username(), AuditAction.RISK_NOTE_WRITTEN)
                    .about("client", clients.referenceOf(em, clientId)).withDetail(note.toRecord().kind().name()));
            return note.toRecord();
        });
    }

    public GradeRecord addGrade(long clientId, GradeDraft draft) {
        Map<String, String> problems = gradeProblems(draft, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return clients.inCase(clientId, em -> {
            ExternalGrade g = new ExternalGrade(clientId, draft, clock.instant(), me.username());
            em.persist(g);
            em.flush();
            audit.append(em, AuditEvent.of(me.username(), AuditAction.EXTERNAL_GRADE_RECORDED)
                    .about("client", clients.referenceOf(em, clientId))
                    .withDetail(draft.scheme() + " " + draft.grade() + " of " + draft.gradedOn()));
            return g.toRecord();
        });
    }

    /** Field → message key for every problem with an external grade; empty when it can be saved. */
    public static Map<String, String> gradeProblems(GradeDraft d, LocalDate today) {
        Map<String, String> out = new LinkedHashMap<>();
        if (d.scheme() == null) {
            out.put("scheme", "risk.grade.invalid.scheme");
        } else if (d.grade() == null || !d.scheme().grades().contains(d.grade())) {
            out.put("grade", "risk.grade.invalid.grade");
        }
        if (d.gradedOn() == null) {
            out.put("gradedOn", "risk.invalid.dateRequired");
        } else if (d.gradedOn().isAfter(today)) {
            out.put("gradedOn", "risk.invalid.future");
        }
        if (d.givenBy().isEmpty()) {
            out.put("givenBy", "risk.grade.invalid.givenBy");
        } else if (d.givenBy().length() > 300) {
            out.put("givenBy", "risk.invalid.tooLong");
        }
        if (d.note().length() > 2000) {
            out.put("note", "risk.invalid.tooLong");
        }
        return out;
    }

    /**
     * The day of each client's latest assessment, for the pattern rules (signals before a review are no longer
     * current). No visibility check: it says only a date, and callers ask about cases they already hold.
     */
    public Map<Long, LocalDate> lastReviews(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, LocalDate> out = new HashMap<>();
        transactions.run(em -> {
            for (List<Long> chunk : chunks(List.copyOf(clientIds))) {
                em.createQuery("select a.clientId, max(a.assessedOn) from Assessment a where a.clientId in :c group by a.clientId",
                                Object[].class).setParameter("c", chunk).getResultStream()
                        .forEach(r -> out.put((Long) r[0], (LocalDate) r[1]));
            }
        });
        return out;
    }

    /** Open cases allocated to me whose latest assessment's review date has passed, most overdue first. */
    public List<OverdueReview> overdueReviews() {
        return reviewsDue(LocalDate.now(clock).minusDays(1));
    }

    /** Open cases allocated to me whose latest assessment is due for review by {@code until}, soonest first. */
    public List<OverdueReview> reviewsDue(LocalDate until) {
        Map<Long, ClientSummary> mine = clients.caseload(new CaseloadFilter(
                        Set.of(CaseStatus.OPEN, CaseStatus.REOPENED, CaseStatus.ON_HOLD), Set.of(), me.id())).stream()
                .collect(Collectors.toMap(ClientSummary::id, c -> c, (a, b) -> a, LinkedHashMap::new));
        if (mine.isEmpty()) {
            return List.of();
        }
        // Per client, the row that sorts last by (assessed on, recorded at, id) is the one in force.
        Map<Long, Object[]> latest = new HashMap<>();
        transactions.run(em -> {
            for (List<Long> chunk : chunks(List.copyOf(mine.keySet()))) {
                em.createQuery("""
                                select a.clientId, a.assessedOn, a.recordedAt, a.id, a.nextReview, a.chosenLevel
                                from Assessment a where a.clientId in :c""", Object[].class)
                        .setParameter("c", chunk).getResultStream()
                        .forEach(r -> latest.merge((Long) r[0], r, (x, y) -> later(x, y) ? x : y));
            }
        });
        List<OverdueReview> out = new ArrayList<>();
        latest.forEach((clientId, r) -> {
            LocalDate due = (LocalDate) r[4];
            if (!due.isAfter(until)) {
                out.add(new OverdueReview(mine.get(clientId), due, (RiskLevel) r[5]));
            }
        });
        out.sort(java.util.Comparator.comparing(OverdueReview::due));
        return out;
    }

    private static boolean later(Object[] x, Object[] y) {
        int byDay = ((LocalDate) x[1]).compareTo((LocalDate) y[1]);
        if (byDay != 0) {
            return byDay > 0;
        }
        int byTime = ((java.time.Instant) x[2]).compareTo((java.time.Instant) y[2]);
        return byTime != 0 ? byTime > 0 : (Long) x[3] > (Long) y[3];
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 50) {
            out.add(all.subList(i, Math.min(all.size(), i + 50)));
        }
        return out;
    }
}
