package org.casefile.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.casefile.client.AddressKind;
import org.casefile.client.CaseStatus;
import org.casefile.client.ClientDraft;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.client.Safety;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.Intake;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentService;
import org.casefile.order.ConditionKind;
import org.casefile.order.OrderDraft;
import org.casefile.order.OrderService;
import org.casefile.order.OrderStatus;
import org.casefile.order.OrderType;
import org.casefile.referral.AgencyDraft;
import org.casefile.referral.AgencyKind;
import org.casefile.referral.AgencyRecord;
import org.casefile.referral.AgencyService;
import org.casefile.referral.ConsentDraft;
import org.casefile.referral.ConsentMethod;
import org.casefile.referral.Direction;
import org.casefile.referral.MaracReason;
import org.casefile.referral.ReferralDraft;
import org.casefile.referral.ReferralMethod;
import org.casefile.referral.ReferralRecord;
import org.casefile.referral.ReferralService;
import org.casefile.referral.ReferralStatus;
import org.casefile.risk.Answer;
import org.casefile.risk.AnswerSource;
import org.casefile.risk.AssessmentDraft;
import org.casefile.risk.Checklist;
import org.casefile.risk.RiskLevel;
import org.casefile.risk.RiskService;
import org.casefile.perpetrator.PerpetratorDraft;
import org.casefile.perpetrator.PerpetratorRecord;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.perpetrator.Relationship;
import org.casefile.security.Session;
import org.casefile.security.User;

/**
 * Fills a store with made-up clients and perpetrators through the same services the screens use, so a demo
 * store is as real as any other: audited, with field history. Every person is synthetic (see SyntheticPeople).
 */
public final class DemoData {
    /** Rough shares of how a stalker knows the client, ex-partners first as in published samples. */
    private static final List<Relationship> RELATIONSHIPS = weighted(
            Relationship.EX_INTIMATE_PARTNER, 50, Relationship.ACQUAINTANCE, 12, Relationship.STRANGER, 9,
            Relationship.FAMILY, 6, Relationship.WORK_COLLEAGUE, 6, Relationship.NEIGHBOUR, 5,
            Relationship.ONLINE_ONLY_CONTACT, 5, Relationship.FRIEND, 3, Relationship.PROFESSIONAL_CONTACT, 2,
            Relationship.UNKNOWN, 2);

    private final SyntheticPeople people;
    private final Clock clock;

    public DemoData(long seed, Clock clock) {
        this.people = new SyntheticPeople(seed);
        this.clock = clock;
        // Its own stream, so adding risk to the demo leaves the people and histories of a seed as they were.
        this.riskDice = new java.util.Random(seed * 31 + 7);
    }

    private final java.util.Random riskDice;

    public record Created(int clients, int perpetrators, int sharedPerpetrators, int incidents, int exhibits) {
    }

    /**
     * The shape of a demo store: {@code clients} clients with about {@code incidentsPerClient} incidents each, of
     * whom {@code heavyClients} (spread evenly through the store) have a long history of {@code heavyIncidents}
     * to {@code heavyIncidents} + 10 % incidents.
     */
    public record Size(int clients, int incidentsPerClient, int heavyClients, int heavyIncidents) {
        public Size {
            if (clients < 0 || incidentsPerClient < 0 || heavyClients < 0 || heavyIncidents < 0
                    || heavyClients > clients) {
                throw new IllegalArgumentException("sizes must be zero or more, and heavy clients at most all");
            }
        }

        public static Size of(int clients, int incidentsPerClient) {
            return new Size(clients, incidentsPerClient, 0, 0);
        }

        boolean heavy(int index) {
            if (heavyClients == 0 || incidentsPerClient == 0) {
                return false;
            }
            // Exactly heavyClients indexes pass, spread evenly: where the running share steps up by one.
            return ((long) (index + 1) * heavyClients) / clients - ((long) index * heavyClients) / clients == 1;
        }
    }

    /**
     * Current cases per caseworker at most: in a larger store only the newest clients are current, shared so that
     * each caseworker holds about this many; every earlier client is a closed case from the years before.
     */
    static final int CURRENT_PER_CASEWORKER = 50;
    /** How far back the closed cases of a large store reach. */
    private static final int ARCHIVE_YEARS = 10;

    /** Clients per transaction at most, and incidents per transaction before the batch is committed early. */
    private static final int BATCH_CLIENTS = 50;
    private static final int BATCH_INCIDENTS = 5000;

    public Created create(Session session, List<User> caseworkers, int count, IntConsumer progress) {
        return create(session, caseworkers, Size.of(count, 0), progress);
    }

    public Created create(Session session, List<User> caseworkers, int count, int incidentsPerClient,
                          IntConsumer progress) {
        return create(session, caseworkers, Size.of(count, incidentsPerClient), progress);
    }

    /**
     * Creates the clients of {@code size} shared among {@code caseworkers}, each with a perpetrator; about one in
     * twenty perpetrators also targets an earlier client (serial stalking). {@code progress} hears each client.
     * Clients are written in batches, one transaction per batch, through the same services the screens use (the
     * store file grows with every commit until a clean close, so a commit per record would make it huge).
     */
    public Created create(Session session, List<User> caseworkers, Size size, IntConsumer progress) {
        Services s = new Services(session, clock);
        List<AgencyRecord> agencies = size.incidentsPerClient() > 0 ? directory(session) : List.of();
        Checklist checklist = s.risk.checklist();
        Tally tally = new Tally();
        // Clients arrive over the years: only the newest are current cases; the earlier ones closed long ago.
        int current = Math.min(size.clients(), caseworkers.size() * CURRENT_PER_CASEWORKER);
        Archive archive = new Archive(size.clients() - current);
        var transactions = session.transactions().as(session.user().username());
        int i = 0;
        while (i < size.clients()) {
            int first = i;
            int[] next = {i};
            transactions.batch(checkpoint -> {
                int incidentsBefore = tally.incidents;
                while (next[0] < size.clients() && next[0] - first < BATCH_CLIENTS
                        && tally.incidents - incidentsBefore < BATCH_INCIDENTS) {
                    int n = next[0];
                    oneClient(session, s, caseworkers.get(n % caseworkers.size()), size, n, agencies, checklist,
                            tally, archive);
                    checkpoint.run();
                    next[0]++;
                }
            });
            for (int done = first + 1; done <= next[0]; done++) {
                progress.accept(done);
            }
            i = next[0];
        }
        return new Created(size.clients(), tally.made.size(), tally.shared, tally.incidents, tally.exhibits);
    }

    /**
     * The closed cases of the years before the current ones: the first {@code count} clients, the first the
     * oldest, each history ending on a day spread evenly over {@link #ARCHIVE_YEARS} years before today.
     */
    private record Archive(int count) {
        boolean holds(int index) {
            return index < count;
        }

        /** The last day of an archived client's history. */
        LocalDate endOf(int index, LocalDate today) {
            long days = (long) ARCHIVE_YEARS * 365;
            return today.minusDays(30 + (count - index) * days / Math.max(1, count));
        }
    }

    /** What the generator has made so far. */
    private static final class Tally {
        final List<PerpetratorRecord> made = new ArrayList<>();
        int shared;
        int incidents;
        int exhibits;
    }

    /** The services a demo client goes through, as the administrator who makes the store. */
    private static final class Services {
        final ClientService clients;
        final PerpetratorService perpetrators;
        final IncidentService incidents;
        final ExhibitService exhibits;
        final RiskService risk;
        final ReferralService referrals;
        final OrderService orders;

        Services(Session session, Clock clock) {
            clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
            perpetrators = new PerpetratorService(session.transactions(), session.audit(), clients, session.user(),
                    clock);
            incidents = new IncidentService(session.transactions(), clients, session.audit(), session.user(), clock);
            exhibits = new ExhibitService(session.transactions(), clients, session.audit(), session.user(), clock,
                    ExhibitService.DEFAULT_MAX_BYTES);
            risk = new RiskService(session.transactions(), clients, session.audit(), session.user(), clock);
            referrals = new ReferralService(session.transactions(), clients, session.audit(), session.user(), clock,
                    ReferralService.DEFAULT_REPEAT_MONTHS);
            orders = new OrderService(session.transactions(), clients, perpetrators, incidents, session.audit(),
                    session.user(), clock);
        }
    }

    private void oneClient(Session session, Services s, User caseworker, Size size, int index,
                           List<AgencyRecord> agencies, Checklist checklist, Tally tally, Archive archive) {
        LocalDate now = LocalDate.now(clock);
        boolean archived = archive.holds(index);
        // An archived client's story ends years ago; her details are made as of then.
        LocalDate today = archived ? archive.endOf(index, now) : now;
        int incidentsPerClient = size.incidentsPerClient();
        ClientRecord client = s.clients.create(client(today, caseworker));
        if (archived) {
            s.clients.changeStatus(client.id(), client.version(), CaseStatus.CLOSED,
                    people.pick(List.of("No further incidents for six months", "Moved out of the area",
                            "Client chose to end support")));
        } else if (people.chance(0.18)) {
            CaseStatus next = people.pick(List.of(CaseStatus.ON_HOLD, CaseStatus.CLOSED, CaseStatus.CLOSED));
            s.clients.changeStatus(client.id(), client.version(), next, next == CaseStatus.CLOSED
                    ? people.pick(List.of("No further incidents for six months", "Moved out of the area",
                    "Client chose to end support")) : "Client asked for a pause");
        }
        Relationship relationship = people.pick(RELATIONSHIPS);
        long perpetratorId;
        if (!tally.made.isEmpty() && people.chance(0.05)) {
            PerpetratorRecord serial = people.pick(tally.made);
            s.perpetrators.link(client.id(), serial.id(), relationship, "");
            perpetratorId = serial.id();
            tally.shared++;
        } else {
            PerpetratorRecord p = s.perpetrators.create(perpetrator(today, relationship));
            s.perpetrators.link(client.id(), p.id(), relationship, relationship == Relationship.EX_INTIMATE_PARTNER
                    ? "Relationship ended " + people.between(today.getYear() - 4, today.getYear()) : "");
            tally.made.add(p);
            perpetratorId = p.id();
        }
        if (incidentsPerClient > 0) {
            DemoIncidents histories = new DemoIncidents(people);
            Long perpetrator = relationship == Relationship.UNKNOWN ? null : perpetratorId;
            List<IncidentDraft> history = size.heavy(index)
                    ? histories.historyOf(size.heavyIncidents() + people.between(0, size.heavyIncidents() / 10),
                    today, perpetrator, people.chance(0.25))
                    : histories.history(incidentsPerClient, today, perpetrator, people.chance(0.25));
            List<Long> ids = s.incidents.recordAll(client.id(), history);
            tally.incidents += ids.size();
            // A few clients bring screenshots of the messages they were sent.
            for (int k = 0; k < history.size() && people.chance(0.08); k++) {
                int pickOne = people.between(0, history.size() - 1);
                IncidentDraft d = history.get(pickOne);
                if (!d.verbatim().isBlank()) {
                    s.exhibits.receive(client.id(), "screenshot-" + d.occurredOn() + ".png",
                            DemoIncidents.screenshot(d.verbatim(), d.occurredOn()),
                            new Intake(session.user().initials(), ids.get(pickOne),
                                    new Acquisition("The client", "Screenshot taken on her phone", "Her mobile phone"),
                                    "Screenshot of a message received"));
                    tally.exhibits++;
                }
            }
        }
        if (incidentsPerClient > 0 && riskDice.nextDouble() < 0.7) {
            s.risk.assess(client.id(), checklist, assessment(checklist, today));
        }
        if (archived) {
            return; // referrals and orders of long-closed cases would only crowd today's reminders
        }
        if (incidentsPerClient > 0 && riskDice.nextDouble() < 0.4) {
            referral(s.referrals, client.id(), agencies, today);
        }
        if (incidentsPerClient > 0 && relationship != Relationship.UNKNOWN && riskDice.nextDouble() < 0.15) {
            order(s.orders, client.id(), perpetratorId, today);
        }
    }

    /** A small directory of made-up agencies (the names are invented; the addresses use example.org). */
    private static List<AgencyRecord> directory(Session session) {
        AgencyService agencies = new AgencyService(session.transactions(), session.audit(), session.user());
        if (!agencies.all().isEmpty()) {
            return agencies.all();
        }
        List<AgencyRecord> made = new ArrayList<>();
        for (Object[] a : new Object[][] {
                {"Northbridge Police Safeguarding Unit", AgencyKind.POLICE, "safeguarding@police.example.org"},
                {"Northbridge MARAC", AgencyKind.MARAC, "marac@northbridge.example.org"},
                {"Northbridge Housing Options", AgencyKind.HOUSING, "housing@northbridge.example.org"},
                {"Riverside Community Mental Health Team", AgencyKind.MENTAL_HEALTH, "cmht@nhs.example.org"},
                {"Northbridge Children's Social Care", AgencyKind.CHILDRENS_SERVICES, "mash@northbridge.example.org"},
                {"Safe Harbour Refuge", AgencyKind.ADVOCACY_SERVICE, "referrals@safeharbour.example.org"},
                {"Hartley & Co Family Solicitors", AgencyKind.SOLICITOR, "family@hartley.example.org"}}) {
            made.add(agencies.create(new AgencyDraft((String) a[0], (AgencyKind) a[1], "Duty desk", "",
                    "", (String) a[2], "", "", true)));
        }
        return made;
    }

    /** A referral under the client's consent: sent, some answered, some late, one in three to MARAC. */
    private void referral(ReferralService referrals, long clientId, List<AgencyRecord> agencies, LocalDate today) {
        boolean marac = riskDice.nextInt(3) == 0;
        List<AgencyRecord> choice = agencies.stream().filter(a -> (a.kind() == AgencyKind.MARAC) == marac).toList();
        AgencyRecord agency = choice.get(riskDice.nextInt(choice.size()));
        LocalDate on = today.minusDays(3 + riskDice.nextInt(60));
        referrals.addConsent(clientId, new ConsentDraft(marac ? "MARAC and the agencies at it" : "Support from "
                + agency.name(), false, java.util.Set.of(agency.id()), "The client", ConsentMethod.WRITTEN, on, null,
                null));
        ReferralRecord r = referrals.create(clientId, new ReferralDraft(Direction.OUTGOING, agency.id(), "Duty desk",
                marac ? "High risk: repeated visits to her home and threats" : "Support with safety and housing",
                on, ReferralMethod.SECURE_EMAIL, "", on.plusDays(10), marac,
                marac ? MaracReason.VISIBLE_HIGH_RISK : null, marac ? 10 + riskDice.nextInt(5) : null,
                marac ? on.plusDays(14) : null));
        r = referrals.move(r.id(), r.version(), ReferralStatus.SENT, "Sent by secure email");
        if (riskDice.nextBoolean()) {
            r = referrals.move(r.id(), r.version(), ReferralStatus.ACKNOWLEDGED, "");
            if (riskDice.nextBoolean()) {
                r = referrals.move(r.id(), r.version(), ReferralStatus.ACCEPTED, "");
            }
        }
        if (marac) {
            referrals.addAction(r.id(), null, "Flag the address for an urgent police response", "Police",
                    on.plusDays(21));
        }
    }

    /** A protective order: an SPO or a non-molestation order, a few expiring soon. */
    private void order(OrderService orders, long clientId, long perpetratorId, LocalDate today) {
        boolean spo = riskDice.nextBoolean();
        LocalDate made = today.minusDays(30 + riskDice.nextInt(600));
        LocalDate expires = spo ? made.plusYears(2) : made.plusMonths(12);
        if (expires.isBefore(today)) {
            expires = today.plusDays(5 + riskDice.nextInt(60));
        }
        orders.record(clientId, new OrderDraft(spo ? OrderType.STALKING_PROTECTION_ORDER : OrderType.NON_MOLESTATION_ORDER,
                perpetratorId, "Northbridge Magistrates' Court", (spo ? "SPO/" : "NMO/") + made.getYear() + "/"
                + (100 + riskDice.nextInt(800)), made, made.plusDays(2), expires, false, null,
                List.of(new OrderDraft.Condition(ConditionKind.PROHIBITION, "Must not contact the client directly or "
                        + "through anyone else", ""), new OrderDraft.Condition(ConditionKind.PROHIBITION,
                        "Must not go within 100 metres of the client's home", "")),
                spo ? "Must notify the police of name and address within three days" : "", "", OrderStatus.IN_FORCE));
    }

    /** A plausible completed checklist some weeks ago; its review date has passed for some clients. */
    private AssessmentDraft assessment(Checklist checklist, LocalDate today) {
        LocalDate on = today.minusDays(5 + riskDice.nextInt(110));
        int yes = 1 + riskDice.nextInt(checklist.factors().size() - 3);
        java.util.Map<String, AssessmentDraft.Given> answers = new java.util.HashMap<>();
        List<Checklist.Factor> factors = new ArrayList<>(checklist.factors());
        java.util.Collections.shuffle(factors, riskDice);
        for (int k = 0; k < factors.size(); k++) {
            answers.put(factors.get(k).id(), k < yes
                    ? new AssessmentDraft.Given(Answer.YES, riskDice.nextBoolean() ? AnswerSource.CLIENT : AnswerSource.POLICE, "")
                    : new AssessmentDraft.Given(riskDice.nextInt(6) == 0 ? Answer.DONT_KNOW : Answer.NO, null, ""));
        }
        RiskLevel suggested = checklist.suggested(yes);
        boolean raise = suggested != RiskLevel.HIGH && riskDice.nextInt(5) == 0;
        RiskLevel chosen = raise ? RiskLevel.values()[suggested.ordinal() + 1] : suggested;
        int days = chosen == RiskLevel.HIGH ? 28 : chosen == RiskLevel.MEDIUM ? 56 : 91;
        return new AssessmentDraft(on, answers, chosen, raise
                ? "Professional judgement: the contact is escalating and the client is very frightened" : "",
                on.plusDays(days));
    }

    private ClientDraft client(LocalDate today, User caseworker) {
        SyntheticPeople.Person p = people.person(17, 78, today);
        List<ClientDraft.Phone> phones = List.of(new ClientDraft.Phone(people.mobileNumber(), "mobile"));
        List<ClientDraft.Address> addresses = new ArrayList<>();
        SyntheticPeople.Address home = people.address();
        boolean moved = people.chance(0.3);
        addresses.add(new ClientDraft.Address(home.line1(), home.town(), home.postcode(),
                moved ? AddressKind.REFUGE : AddressKind.HOME, moved || people.chance(0.2)));
        if (moved) {
            SyntheticPeople.Address old = people.address();
            addresses.add(new ClientDraft.Address(old.line1(), old.town(), old.postcode(), AddressKind.PREVIOUS, false));
        }
        List<ClientDraft.Child> children = new ArrayList<>();
        int kids = people.chance(0.45) ? people.between(1, 3) : 0;
        for (int k = 0; k < kids; k++) {
            children.add(new ClientDraft.Child(people.person(0, 16, today).givenName(),
                    today.minusYears(people.between(1, 16)).minusDays(people.between(0, 364)), ""));
        }
        ClientDraft.SafeContact safe = people.chance(0.85)
                ? new ClientDraft.SafeContact(people.mobileNumber(),
                people.pick(List.of("Weekdays 10:00-12:00", "After 19:00", "Lunchtimes only", "Any time, text first")),
                people.pick(List.of(Safety.SAFE, Safety.NOT_SAFE, Safety.NOT_SAFE)),
                people.pick(List.of(Safety.SAFE, Safety.NOT_SAFE, Safety.NOT_ASKED)),
                people.chance(0.4) ? people.pick(List.of("bluebell", "harbour", "lantern", "violet", "orchard")) : "",
                "")
                : ClientDraft.SafeContact.NONE;
        return new ClientDraft(p.givenName(), p.familyName(), p.aliases(), p.dateOfBirth(), p.pronouns(), p.language(),
                p.interpreterNeeded(), people.chance(0.15) ? people.pick(List.of("Anxiety and panic attacks",
                "Hearing impairment", "Uses a wheelchair", "PTSD following assault")) : "",
                kids > 0 ? "Lives with " + (kids == 1 ? "one child" : kids + " children") : "Lives alone",
                children, phones, addresses, safe,
                people.chance(0.7) ? List.of(new ClientDraft.Professional("GP", "Dr " + people.person(30, 65, today).familyName(),
                        people.address().town() + " Medical Practice", people.landlineNumber())) : List.of(),
                caseworker.id(), false, List.of());
    }

    private PerpetratorDraft perpetrator(LocalDate today, Relationship relationship) {
        boolean known = relationship != Relationship.STRANGER && relationship != Relationship.UNKNOWN;
        SyntheticPeople.Person p = people.person(18, 70, today);
        return new PerpetratorDraft(known ? p.givenName() : "", known ? p.familyName() : "",
                known ? p.aliases() : List.of(), known && people.chance(0.8) ? p.dateOfBirth() : null,
                people.pick(List.of("Tall, short dark hair", "Medium build, beard", "Slim, often wears a cap",
                        "Heavy build, tattoo on left forearm", "Average height, glasses")),
                people.chance(0.7) ? List.of(people.mobileNumber()) : List.of(),
                known && people.chance(0.6) ? List.of(people.address().line1() + ", " + people.address().town()) : List.of(),
                people.chance(0.3) ? List.of(people.vehicle()) : List.of(),
                people.chance(0.4) ? List.of(people.onlineAccount()) : List.of(),
                people.chance(0.2) ? "Violence marker" : "");
    }

    private static List<Relationship> weighted(Object... pairs) {
        List<Relationship> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (int n = 0; n < (Integer) pairs[i + 1]; n++) {
                out.add((Relationship) pairs[i]);
            }
        }
        return List.copyOf(out);
    }
}
