package org.casefile.referral;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casefile.InvalidInput;
import org.casefile.Messages;
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
 * Referrals to and from agencies (MARAC among them), the client's consent register and decisions to share
 * without consent. The consent gate lives here, so no screen or command can get round it: an outgoing referral
 * is marked sent only when a consent in force covers its agency, or a signed-off decision to share without
 * consent does; the one used is recorded on the referral.
 */
public final class ReferralService {
    /** A new incident this many months after a MARAC referral makes a repeat MARAC case, unless configured. */
    public static final int DEFAULT_REPEAT_MONTHS = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Transactions transactions;
    private final ClientService clients;
    private final AuditLog audit;
    private final User me;
    private final Clock clock;
    private final int repeatMonths;

    public ReferralService(Transactions transactions, ClientService clients, AuditLog audit, User me, Clock clock,
                           int repeatMonths) {
        this.transactions = transactions.as(me.username());
        this.clients = clients;
        this.audit = audit;
        this.me = me;
        this.clock = clock;
        this.repeatMonths = repeatMonths;
    }

    public int repeatMonths() {
        return repeatMonths;
    }

    // ---- referrals ----

    /** A client's referrals, newest first, each with its steps and actions. */
    public List<ReferralRecord> forClient(long clientId) {
        return clients.readCase(clientId, em -> em.createQuery(
                        "from Referral r where r.clientId = :c order by r.referredOn desc, r.id desc", Referral.class)
                .setParameter("c", clientId).getResultStream().map(r -> toRecord(em, r)).toList());
    }

    /** The id of the referral with this reference (R-2026-0007), for the command line. */
    public long idOf(String reference) {
        String wanted = reference == null ? "" : reference.strip();
        Long id = transactions.read(em -> em.createQuery("select r.id from Referral r where r.reference = :r", Long.class)
                .setParameter("r", wanted).getResultStream().findFirst().orElse(null));
        if (id == null) {
            throw new UserFacingException("referral.notFound");
        }
        return id;
    }

    public ReferralRecord open(long referralId) {
        return clients.readCase(clientOf(referralId), em -> toRecord(em, em.find(Referral.class, referralId)));
    }

    /**
     * A new referral: outgoing ones start as drafts (nothing is shared until one is marked sent), incoming ones
     * as received. The client's level of risk now is kept with it.
     */
    public ReferralRecord create(long clientId, ReferralDraft draft) {
        check(ReferralRules.referralProblems(draft, LocalDate.now(clock)));
        return clients.inCase(clientId, em -> {
            agency(em, draft.agencyId());
            String reference = References.next(em, "R", LocalDate.now(clock).getYear());
            Referral r = new Referral(clientId, reference, draft, clients.riskLevel(em, clientId), clock.instant(),
                    me.username());
            em.persist(r);
            em.flush();
            em.persist(new ReferralStep(r.id(), clock.instant(), me.username(), null, r.status(), ""));
            audit.append(em, event(em, AuditAction.REFERRAL_CREATED, r).withDetail(draft.direction() + (draft.marac()
                    ? " MARAC" : "") + " to agency " + draft.agencyId()));
            return toRecord(em, r);
        });
    }

    /**
     * Saves changes to a referral made from {@code version}. A draft (or an incoming referral not yet answered)
     * can change in full; after that only the contact, their reference, the response date and the MARAC meeting.
     */
    public ReferralRecord update(long referralId, long version, ReferralDraft draft) {
        check(ReferralRules.referralProblems(draft, LocalDate.now(clock)));
        return clients.inCase(clientOf(referralId), em -> {
            Referral r = em.find(Referral.class, referralId);
            if (r.version() != version) {
                throw new UserFacingException("record.changedElsewhere");
            }
            ReferralRecord before = toRecord(em, r);
            boolean free = r.status() == ReferralStatus.DRAFT
                    || (r.direction() == Direction.INCOMING && r.status() == ReferralStatus.SENT);
            ReferralDraft applied = free ? draft : new ReferralDraft(before.details().direction(),
                    before.details().agencyId(), draft.contact(), before.details().reason(),
                    before.details().referredOn(), before.details().method(), draft.theirReference(),
                    draft.responseDue(), before.details().marac(), before.details().maracReason(),
                    before.details().yesCount(), draft.meetingOn());
            if (free) {
                agency(em, draft.agencyId());
            }
            r.apply(applied);
            em.flush();
            audit.append(em, event(em, AuditAction.REFERRAL_UPDATED, r).event());
            return toRecord(em, r);
        });
    }

    /**
     * Moves a referral to {@code to}, made from {@code version}, with a note. Refused with a reason when the move
     * is not allowed from where it stands, when declining without a reason or closing without an outcome, and
     * (for outgoing referrals) when sending without consent or a decision to share that covers the agency.
     */
    public ReferralRecord move(long referralId, long version, ReferralStatus to, String note) {
        try {
            return moveChecked(referralId, version, to, note);
        } catch (ConsentMissing refused) {
            audit.record(AuditEvent.of(me.username(), AuditAction.REFERRAL_SEND_REFUSED)
                    .about("client", refused.clientReference).withDetail(refused.referralReference
                            + ": no consent or decision to share covers the agency"));
            throw refused;
        }
    }

    private ReferralRecord moveChecked(long referralId, long version, ReferralStatus to, String note) {
        String text = note == null ? "" : note.strip();
        return clients.inCase(clientOf(referralId), em -> {
            Referral r = em.find(Referral.class, referralId);
            if (r.version() != version) {
                throw new UserFacingException("record.changedElsewhere");
            }
            ReferralStatus from = r.status();
            if (!from.next().contains(to)) {
                throw new UserFacingException("referral.illegalMove", Messages.get(from.labelKey()),
                        Messages.get(to.labelKey()));
            }
            if (to == ReferralStatus.DECLINED && text.isEmpty()) {
                throw new InvalidInput(Map.of("note", "referral.invalid.declineReason"));
            }
            if (to == ReferralStatus.CLOSED && text.isEmpty()) {
                throw new InvalidInput(Map.of("note", "referral.invalid.outcome"));
            }
            if (text.length() > 2000) {
                throw new InvalidInput(Map.of("note", "referral.invalid.tooLong"));
            }
            Long consentId = null;
            Long decisionId = null;
            if (to == ReferralStatus.SENT && r.direction() == Direction.OUTGOING) {
                SharingBasis basis = basis(em, r.clientId(), r.agencyId());
                if (!basis.lawful()) {
                    throw new ConsentMissing(agency(em, r.agencyId()).name(), clients.referenceOf(em, r.clientId()),
                            r.reference());
                }
                consentId = basis.kind() == SharingBasis.Kind.CONSENT ? basis.id() : null;
                decisionId = basis.kind() == SharingBasis.Kind.DECISION ? basis.id() : null;
            }
            r.move(to, text, consentId, decisionId);
            em.persist(new ReferralStep(r.id(), clock.instant(), me.username(), from, to, text));
            em.flush();
            audit.append(em, event(em, AuditAction.REFERRAL_MOVED, r).withDetail(from + " to " + to));
            return toRecord(em, r);
        });
    }

    /**
     * Sending was refused for want of consent. The refusal itself is audited in a transaction of its own, since
     * the caller's is rolled back.
     */
    public static final class ConsentMissing extends UserFacingException {
        private final transient String clientReference;
        private final transient String referralReference;

        ConsentMissing(String agency, String clientReference, String referralReference) {
            super("referral.noConsent", agency);
            this.clientReference = clientReference;
            this.referralReference = referralReference;
        }
    }

    /** What would make sharing with this agency lawful today, for the screen to say before sending. */
    public SharingBasis basis(long clientId, long agencyId) {
        return clients.readCase(clientId, em -> basis(em, clientId, agencyId));
    }

    private SharingBasis basis(EntityManager em, long clientId, long agencyId) {
        LocalDate today = LocalDate.now(clock);
        for (ConsentRecord c : consents(em, clientId)) {
            if (c.inForceOn(today) && c.covers(agencyId)) {
                return new SharingBasis(SharingBasis.Kind.CONSENT, c.id(), Messages.get("referral.basis.consent",
                        DAY.format(c.details().givenOn()), c.details().givenBy(), c.details().purpose()));
            }
        }
        for (ShareDecisionRecord d : decisions(em, clientId)) {
            LocalDate signed = d.details().signedOffOn();
            if (d.covers(agencyId) && !signed.isAfter(today)
                    && !signed.plusDays(ReferralRules.DECISION_VALID_DAYS).isBefore(today)) {
                return new SharingBasis(SharingBasis.Kind.DECISION, d.id(), Messages.get("referral.basis.decision",
                        Messages.get(d.details().lawfulBasis().labelKey()), d.details().decidedBy(),
                        d.details().signedOffBy(), DAY.format(signed)));
            }
        }
        return SharingBasis.NONE;
    }

    // ---- consent and decisions ----

    public List<ConsentRecord> consents(long clientId) {
        return clients.readCase(clientId, em -> consents(em, clientId));
    }

    private static List<ConsentRecord> consents(EntityManager em, long clientId) {
        return em.createQuery("from Consent c where c.clientId = :c order by c.givenOn desc, c.id desc", Consent.class)
                .setParameter("c", clientId).getResultStream().map(Consent::toRecord).toList();
    }

    public ConsentRecord addConsent(long clientId, ConsentDraft draft) {
        check(ReferralRules.consentProblems(draft, LocalDate.now(clock)));
        return clients.inCase(clientId, em -> {
            draft.agencyIds().forEach(id -> agency(em, id));
            Consent c = new Consent(clientId, draft, clock.instant(), me.username());
            em.persist(c);
            em.flush();
            audit.append(em, AuditEvent.of(me.username(), AuditAction.CONSENT_RECORDED)
                    .about("client", clients.referenceOf(em, clientId)).withDetail(draft.allAgencies()
                            ? "all agencies" : draft.agencyIds().size() + " agencies"));
            return c.toRecord();
        });
    }

    /** Records that the client withdrew a consent on {@code on}; referrals not yet sent can no longer use it. */
    public ConsentRecord withdrawConsent(long clientId, long consentId, long version, LocalDate on, String note) {
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput(Map.of("withdrawnOn", on == null ? "referral.invalid.date" : "referral.invalid.future"));
        }
        return clients.inCase(clientId, em -> {
            Consent c = em.find(Consent.class, consentId);
            if (c == null || c.clientId() != clientId) {
                throw new UserFacingException("consent.notFound");
            }
            if (c.version() != version) {
                throw new UserFacingException("record.changedElsewhere");
            }
            if (c.toRecord().withdrawnOn() != null) {
                throw new UserFacingException("consent.alreadyWithdrawn");
            }
            c.withdraw(on, note);
            em.flush();
            audit.append(em, AuditEvent.of(me.username(), AuditAction.CONSENT_WITHDRAWN)
                    .about("client", clients.referenceOf(em, clientId)));
            return c.toRecord();
        });
    }

    public List<ShareDecisionRecord> decisions(long clientId) {
        return clients.readCase(clientId, em -> decisions(em, clientId));
    }

    private static List<ShareDecisionRecord> decisions(EntityManager em, long clientId) {
        return em.createQuery("from ShareDecision d where d.clientId = :c order by d.decidedOn desc, d.id desc",
                ShareDecision.class).setParameter("c", clientId).getResultStream().map(ShareDecision::toRecord).toList();
    }

    public ShareDecisionRecord addDecision(long clientId, ShareDecisionDraft draft) {
        check(ReferralRules.decisionProblems(draft, LocalDate.now(clock)));
        return clients.inCase(clientId, em -> {
            draft.agencyIds().forEach(id -> agency(em, id));
            ShareDecision d = new ShareDecision(clientId, draft, clock.instant(), me.username());
            em.persist(d);
            em.flush();
            audit.append(em, AuditEvent.of(me.username(), AuditAction.SHARE_DECISION_RECORDED)
                    .about("client", clients.referenceOf(em, clientId)).withDetail(draft.lawfulBasis().name()));
            return d.toRecord();
        });
    }

    // ---- MARAC ----

    public ReferralRecord addAction(long referralId, Long agencyId, String action, String owner, LocalDate dueOn) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (action == null || action.isBlank()) {
            problems.put("action", "marac.invalid.action");
        }
        if (owner == null || owner.isBlank()) {
            problems.put("owner", "marac.invalid.owner");
        }
        if (dueOn == null) {
            problems.put("dueOn", "referral.invalid.date");
        }
        check(problems);
        return clients.inCase(clientOf(referralId), em -> {
            Referral r = em.find(Referral.class, referralId);
            if (!r.marac()) {
                throw new UserFacingException("marac.notMarac");
            }
            if (agencyId != null) {
                agency(em, agencyId);
            }
            em.persist(new MaracAction(referralId, agencyId, action.strip(), owner.strip(), dueOn));
            em.flush();
            audit.append(em, event(em, AuditAction.REFERRAL_UPDATED, r).withDetail("MARAC action added"));
            return toRecord(em, r);
        });
    }

    public ReferralRecord completeAction(long referralId, long actionId, LocalDate on) {
        return clients.inCase(clientOf(referralId), em -> {
            MaracAction a = em.find(MaracAction.class, actionId);
            if (a == null || a.referralId() != referralId) {
                throw new UserFacingException("marac.actionNotFound");
            }
            a.done(on == null ? LocalDate.now(clock) : on);
            Referral r = em.find(Referral.class, referralId);
            em.flush();
            audit.append(em, event(em, AuditAction.REFERRAL_UPDATED, r).withDetail("MARAC action done"));
            return toRecord(em, r);
        });
    }

    /** Whether this case should go back to MARAC: an incident within the repeat period after its last referral. */
    public RepeatMarac repeatMarac(long clientId) {
        return clients.readCase(clientId, em -> repeats(em, List.of(clientId), Map.of()).stream().findFirst().orElse(null));
    }

    /** My open cases that should go back to MARAC. */
    public List<RepeatMarac> repeatMaracAlerts() {
        Map<Long, ClientSummary> mine = mine();
        if (mine.isEmpty()) {
            return List.of();
        }
        return transactions.read(em -> repeats(em, List.copyOf(mine.keySet()), mine));
    }

    private List<RepeatMarac> repeats(EntityManager em, List<Long> clientIds, Map<Long, ClientSummary> known) {
        List<RepeatMarac> out = new ArrayList<>();
        for (List<Long> chunk : chunks(clientIds)) {
            Map<Long, Referral> last = new HashMap<>();
            em.createQuery("""
                            from Referral r where r.marac = true and r.clientId in :c
                            and r.status not in :notSent order by r.referredOn, r.id""", Referral.class)
                    .setParameter("c", chunk)
                    .setParameter("notSent", Set.of(ReferralStatus.DRAFT, ReferralStatus.WITHDRAWN))
                    .getResultStream().forEach(r -> last.put(r.clientId(), r));
            if (last.isEmpty()) {
                continue;
            }
            LocalDate earliest = last.values().stream().map(r -> toRecordLight(r).referredOn())
                    .min(Comparator.naturalOrder()).orElseThrow();
            Map<Long, List<Integer>> after = new HashMap<>();
            // The incident log's own columns, read as plain values: which incidents followed each referral.
            em.createQuery("""
                            select i.clientId, i.number, i.occurredOn from Incident i
                            where i.clientId in :c and i.occurredOn > :since order by i.number""", Object[].class)
                    .setParameter("c", List.copyOf(last.keySet())).setParameter("since", earliest).getResultStream()
                    .forEach(row -> {
                        long clientId = (Long) row[0];
                        LocalDate referred = toRecordLight(last.get(clientId)).referredOn();
                        LocalDate day = (LocalDate) row[2];
                        if (day.isAfter(referred) && !day.isAfter(referred.plusMonths(repeatMonths))) {
                            after.computeIfAbsent(clientId, k -> new ArrayList<>()).add((Integer) row[1]);
                        }
                    });
            after.forEach((clientId, numbers) -> {
                Referral r = last.get(clientId);
                ClientSummary who = known.get(clientId);
                String reference = who != null ? who.reference() : clients.referenceOf(em, clientId);
                String name = who != null ? who.name() : "";
                out.add(new RepeatMarac(clientId, reference, name, r.reference(), toRecordLight(r).referredOn(), numbers));
            });
        }
        out.sort(Comparator.comparing(RepeatMarac::referredOn));
        return out;
    }

    /** The open referrals on my open cases (not yet declined, closed or withdrawn), reply due soonest first. */
    public List<ReferralRecord> openOnMyCases() {
        Map<Long, ClientSummary> mine = mine();
        if (mine.isEmpty()) {
            return List.of();
        }
        return transactions.read(em -> {
            List<ReferralRecord> out = new ArrayList<>();
            for (List<Long> chunk : chunks(List.copyOf(mine.keySet()))) {
                em.createQuery("from Referral r where r.clientId in :c and r.status in :open", Referral.class)
                        .setParameter("c", chunk).setParameter("open", Set.of(ReferralStatus.DRAFT, ReferralStatus.SENT,
                                ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS))
                        .getResultStream().forEach(r -> out.add(toRecord(em, r)));
            }
            out.sort(Comparator.comparing((ReferralRecord r) -> r.details().responseDue() == null ? LocalDate.MAX
                    : r.details().responseDue()).thenComparing(r -> r.details().referredOn()));
            return out;
        });
    }

    /** The reference of a client I can see, for lists that span cases. */
    public Map<Long, String> clientReferences(java.util.Collection<Long> clientIds) {
        Map<Long, String> out = new HashMap<>();
        clients.visibleSummaries(clientIds).forEach((id, c) -> out.put(id, c.reference() + " · " + c.name()));
        return out;
    }

    // ---- what is due ----

    /**
     * On my open cases: responses awaited (due within {@code days}, or overdue), MARAC actions not done and MARAC
     * meetings, in the same window.
     */
    public List<ReferralDue> due(int days) {
        Map<Long, ClientSummary> mine = mine();
        if (mine.isEmpty()) {
            return List.of();
        }
        LocalDate until = LocalDate.now(clock).plusDays(days);
        LocalDate today = LocalDate.now(clock);
        return transactions.read(em -> {
            List<ReferralDue> out = new ArrayList<>();
            Map<Long, String> agencyNames = em.createQuery("from Agency a", Agency.class).getResultStream()
                    .collect(Collectors.toMap(Agency::id, a -> a.toRecord().name()));
            for (List<Long> chunk : chunks(List.copyOf(mine.keySet()))) {
                List<Referral> referrals = em.createQuery("""
                                from Referral r where r.clientId in :c and r.status in :open""", Referral.class)
                        .setParameter("c", chunk).setParameter("open", Set.of(ReferralStatus.SENT,
                                ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS))
                        .getResultList();
                Map<Long, Referral> byId = new HashMap<>();
                for (Referral r : referrals) {
                    byId.put(r.id(), r);
                    ClientSummary who = mine.get(r.clientId());
                    ReferralDraft d = toRecordLight(r);
                    if (r.status().awaitingResponse() && r.direction() == Direction.OUTGOING && d.responseDue() != null
                            && !d.responseDue().isAfter(until)) {
                        out.add(new ReferralDue(ReferralDue.Kind.RESPONSE, r.clientId(), who.reference(), who.name(),
                                r.id(), r.reference(), agencyNames.getOrDefault(r.agencyId(), ""), d.responseDue()));
                    }
                    if (r.marac() && d.meetingOn() != null && !d.meetingOn().isBefore(today)
                            && !d.meetingOn().isAfter(until)) {
                        out.add(new ReferralDue(ReferralDue.Kind.MARAC_MEETING, r.clientId(), who.reference(), who.name(),
                                r.id(), r.reference(), agencyNames.getOrDefault(r.agencyId(), ""), d.meetingOn()));
                    }
                }
                if (!byId.isEmpty()) {
                    em.createQuery("from MaracAction a where a.referralId in :r", MaracAction.class)
                            .setParameter("r", List.copyOf(byId.keySet())).getResultStream().forEach(a -> {
                                ReferralRecord.Action act = a.toAction("");
                                if (act.doneOn() == null && !act.dueOn().isAfter(until)) {
                                    Referral r = byId.get(a.referralId());
                                    ClientSummary who = mine.get(r.clientId());
                                    out.add(new ReferralDue(ReferralDue.Kind.MARAC_ACTION, r.clientId(), who.reference(),
                                            who.name(), r.id(), r.reference(), act.action() + " (" + act.owner() + ")",
                                            act.dueOn()));
                                }
                            });
                }
            }
            out.sort(Comparator.comparing(ReferralDue::due));
            return out;
        });
    }

    // ---- helpers ----

    private Map<Long, ClientSummary> mine() {
        return clients.caseload(new CaseloadFilter(Set.of(CaseStatus.OPEN, CaseStatus.REOPENED, CaseStatus.ON_HOLD),
                        Set.of(), me.id())).stream()
                .collect(Collectors.toMap(ClientSummary::id, c -> c, (a, b) -> a, LinkedHashMap::new));
    }

    private static ReferralDraft toRecordLight(Referral r) {
        return r.toRecord(null, List.of(), List.of(), "").details();
    }

    private ReferralRecord toRecord(EntityManager em, Referral r) {
        List<ReferralRecord.Step> steps = em.createQuery(
                        "from ReferralStep s where s.referralId = :r order by s.id", ReferralStep.class)
                .setParameter("r", r.id()).getResultStream().map(ReferralStep::toStep).toList();
        List<ReferralRecord.Action> actions = em.createQuery(
                        "from MaracAction a where a.referralId = :r order by a.dueOn, a.id", MaracAction.class)
                .setParameter("r", r.id()).getResultStream()
                .map(a -> a.toAction(a.agencyId() == null ? "" : agency(em, a.agencyId()).name())).toList();
        ReferralRecord light = r.toRecord(null, List.of(), List.of(), "");
        String basis = "";
        Long consentId = consentIdOf(em, r.id());
        Long decisionId = decisionIdOf(em, r.id());
        if (consentId != null) {
            Consent c = em.find(Consent.class, consentId);
            ConsentRecord cr = c.toRecord();
            basis = Messages.get("referral.basis.consent", DAY.format(cr.details().givenOn()), cr.details().givenBy(),
                    cr.details().purpose());
        } else if (decisionId != null) {
            ShareDecisionRecord d = em.find(ShareDecision.class, decisionId).toRecord();
            basis = Messages.get("referral.basis.decision", Messages.get(d.details().lawfulBasis().labelKey()),
                    d.details().decidedBy(), d.details().signedOffBy(), DAY.format(d.details().signedOffOn()));
        }
        return r.toRecord(agency(em, light.details().agencyId()), steps, actions, basis);
    }

    private static Long consentIdOf(EntityManager em, long referralId) {
        return em.createQuery("select r.consentId from Referral r where r.id = :id", Long.class)
                .setParameter("id", referralId).getSingleResult();
    }

    private static Long decisionIdOf(EntityManager em, long referralId) {
        return em.createQuery("select r.decisionId from Referral r where r.id = :id", Long.class)
                .setParameter("id", referralId).getSingleResult();
    }

    private static AgencyRecord agency(EntityManager em, long agencyId) {
        Agency a = em.find(Agency.class, agencyId);
        if (a == null) {
            throw new InvalidInput(Map.of("agency", "referral.invalid.agency"));
        }
        return a.toRecord();
    }

    private long clientOf(long referralId) {
        Long id = transactions.read(em -> em.createQuery("select r.clientId from Referral r where r.id = :id", Long.class)
                .setParameter("id", referralId).getResultStream().findFirst().orElse(null));
        if (id == null) {
            throw new UserFacingException("referral.notFound");
        }
        return id;
    }

    private Detailed event(EntityManager em, AuditAction action, Referral r) {
        return new Detailed(AuditEvent.of(me.username(), action).about("client", clients.referenceOf(em, r.clientId()))
                .withDetail(r.reference()), r.reference());
    }

    /** An audit event naming the referral, to which a detail is added after the reference. */
    private record Detailed(AuditEvent event, String reference) {
        AuditEvent withDetail(String detail) {
            return event.withDetail(reference + ": " + detail);
        }
    }

    private static void check(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 50) {
            out.add(all.subList(i, Math.min(all.size(), i + 50)));
        }
        return out;
    }
}
