package org.casefile.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.casefile.InvalidInput;
import org.casefile.UserFacingException;
import org.casefile.chronology.ChronologyEntry;
import org.casefile.chronology.EventKind;
import org.casefile.client.ClientDraft;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentRecord;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Incidents;
import org.casefile.incident.OrderChoice;
import org.casefile.incident.PoliceReport;
import org.casefile.perpetrator.PerpetratorDraft;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.perpetrator.Relationship;
import org.casefile.security.AuditRecord;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderServiceTest {
    @TempDir
    Path dir;
    Session session;
    ClientService clients;
    PerpetratorService perpetrators;
    IncidentService incidents;
    OrderService orders;
    ClientRecord lucja;
    final Clock clock = Clock.systemDefaultZone();
    final LocalDate today = LocalDate.now(clock);

    @BeforeEach
    void store() {
        session = TestStores.create(dir);
        clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
        perpetrators = new PerpetratorService(session.transactions(), session.audit(), clients, session.user(), clock);
        incidents = new IncidentService(session.transactions(), clients, session.audit(), session.user(), clock,
                IncidentService.LastReviews.NONE, new OrdersForIncidents(clients, clock));
        orders = new OrderService(session.transactions(), clients, perpetrators, incidents, session.audit(),
                session.user(), clock);
        lucja = clients.create(allocatedToMe(ClientFixtures.lucja()));
    }

    @AfterEach
    void close() {
        session.close();
    }

    ClientDraft allocatedToMe(ClientDraft d) {
        return ClientFixtures.allocatedTo(d, session.user().id());
    }

    /** A full SPO made long enough ago that it ends on {@code expires}. */
    static OrderDraft spo(LocalDate expires) {
        return new OrderDraft(OrderType.STALKING_PROTECTION_ORDER, null, "Leeds Magistrates' Court", "SPO/2024/118",
                expires.minusYears(2), expires.minusYears(2).plusDays(1), expires, false, null,
                List.of(new OrderDraft.Condition(ConditionKind.PROHIBITION, "Must not contact the client by any means",
                                ""),
                        new OrderDraft.Condition(ConditionKind.PROHIBITION, "Must not enter the exclusion zone",
                                "Larkspur Close and the streets around it, as marked on the map"),
                        new OrderDraft.Condition(ConditionKind.REQUIREMENT, "Must attend a behaviour course", "")),
                "Must notify the police of name and address within three days", "", OrderStatus.IN_FORCE);
    }

    static OrderDraft with(OrderDraft d, OrderType type, LocalDate made, LocalDate expires, boolean untilFurther) {
        return new OrderDraft(type, d.respondentId(), d.court(), d.caseNumber(), made, null, expires, untilFurther,
                d.nextHearing(), d.conditions(), d.notification(), d.notes(), d.status());
    }

    static IncidentDraft breaching(IncidentDraft d, Long orderId) {
        return new IncidentDraft(d.occurredOn(), d.occurredAt(), d.endedOn(), d.endedAt(), d.approximate(),
                d.behaviours(), d.channel(), d.place(), d.location(), d.perpetratorIds(), d.verbatim(), d.description(),
                d.impact(), d.clientAfraid(), d.witnesses(), d.childrenInvolved(), d.source(), d.police(), orderId);
    }

    @Test
    void theRulesRefuseDatesOutOfOrderAndAShortStalkingProtectionOrder() {
        OrderDraft base = spo(today.plusYears(1));
        LocalDate made = today.minusDays(10);
        assertThat(OrderRules.problems(with(base, OrderType.STALKING_PROTECTION_ORDER, made, made.plusYears(1), false),
                today)).containsEntry("expiresOn", "order.invalid.spoTooShort");
        assertThat(OrderRules.problems(with(base, OrderType.STALKING_PROTECTION_ORDER, made, made.plusYears(2), false),
                today)).isEmpty();
        assertThat(OrderRules.problems(with(base, OrderType.STALKING_PROTECTION_ORDER, made, null, true), today)).isEmpty();
        assertThat(OrderRules.problems(with(base, OrderType.INTERIM_STALKING_PROTECTION_ORDER, made,
                made.plusMonths(3), false), today)).isEmpty();
        assertThat(OrderRules.problems(with(base, OrderType.NON_MOLESTATION_ORDER, made, made, false), today))
                .containsEntry("expiresOn", "order.invalid.expiryNotAfterMade");
        assertThat(OrderRules.problems(with(base, OrderType.NON_MOLESTATION_ORDER, made, null, false), today))
                .containsEntry("expiresOn", "order.invalid.expiryRequired");
        assertThat(OrderRules.problems(with(base, OrderType.NON_MOLESTATION_ORDER, made, made.plusYears(1), true), today))
                .containsEntry("expiresOn", "order.invalid.expiryAndUntilFurther");
        assertThat(OrderRules.problems(with(base, OrderType.RESTRAINING_ORDER, today.plusDays(1), null, true), today))
                .containsEntry("madeOn", "order.invalid.future");
        OrderDraft servedEarly = new OrderDraft(OrderType.BAIL_CONDITIONS, null, "Leeds Crown Court", "", made,
                made.minusDays(1), null, true, made.minusDays(2), List.of(new OrderDraft.Condition(null, " ", "")), "", "",
                OrderStatus.EXPIRED);
        assertThat(OrderRules.problems(servedEarly, today))
                .containsEntry("servedOn", "order.invalid.servedBeforeMade")
                .containsEntry("nextHearing", "order.invalid.hearingBeforeMade")
                .containsEntry("condition0", "order.invalid.conditionText")
                .containsEntry("status", "order.invalid.notYetExpired");
        // The service refuses what the form would, whatever calls it.
        assertThatThrownBy(() -> orders.record(lucja.id(), servedEarly)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).containsKeys("servedOn", "nextHearing", "condition0", "status"));
    }

    @Test
    void anOrderIsSavedWithItsConditionsAndAStaleEditIsRefusedWithTheSavedOrder() {
        long mark = perpetrators.create(new PerpetratorDraft("Mark", "Dunn", List.of(), null, "", List.of(), List.of(),
                List.of(), List.of(), "")).id();
        perpetrators.link(lucja.id(), mark, Relationship.EX_INTIMATE_PARTNER, "");
        OrderDraft draft = spo(today.plusYears(1));
        OrderDraft withRespondent = new OrderDraft(draft.type(), mark, draft.court(), draft.caseNumber(), draft.madeOn(),
                draft.servedOn(), draft.expiresOn(), false, today.plusDays(40), draft.conditions(), draft.notification(),
                "", OrderStatus.IN_FORCE);
        OrderRecord saved = orders.record(lucja.id(), withRespondent);

        assertThat(saved.details()).isEqualTo(withRespondent);
        assertThat(saved.respondentName()).startsWith("Mark Dunn (P-");
        assertThat(saved.status()).isEqualTo(OrderStatus.IN_FORCE);
        assertThat(orders.list(lucja.id())).singleElement().satisfies(o -> assertThat(o.details().conditions())
                .extracting(OrderDraft.Condition::exclusionZone).contains("Larkspur Close and the streets around it, as marked on the map"));

        OrderDraft varied = new OrderDraft(draft.type(), mark, draft.court(), draft.caseNumber(), draft.madeOn(),
                draft.servedOn(), draft.expiresOn(), false, null, draft.conditions().subList(0, 2), draft.notification(),
                "Varied on appeal: the course requirement was removed.", OrderStatus.VARIED);
        OrderRecord updated = orders.update(saved.id(), saved.version(), varied);
        assertThat(updated.version()).isGreaterThan(saved.version());
        assertThat(updated.status()).isEqualTo(OrderStatus.VARIED);
        assertThat(updated.details().conditions()).hasSize(2);

        // A second person's edit made to the first version is refused and shown what is saved now.
        assertThatThrownBy(() -> orders.update(saved.id(), saved.version(), withRespondent))
                .isInstanceOfSatisfying(OrderConflict.class, e -> {
                    assertThat(e.saved().version()).isEqualTo(updated.version());
                    assertThat(e.getMessage()).startsWith("Someone else saved this order");
                });
        assertThatThrownBy(() -> orders.update(saved.id(), updated.version(), varied))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("order.nothingChanged"));
        assertThat(session.audit().recent(3)).extracting(AuditRecord::action).contains("ORDER_RECORDED", "ORDER_UPDATED");

        // The respondent must be linked to the client.
        long stranger = perpetrators.create(new PerpetratorDraft("Paul", "Reed", List.of(), null, "", List.of(),
                List.of(), List.of(), List.of(), "")).id();
        OrderDraft wrong = new OrderDraft(draft.type(), stranger, draft.court(), "", draft.madeOn(), null,
                draft.expiresOn(), false, null, List.of(), "", "", OrderStatus.IN_FORCE);
        assertThatThrownBy(() -> orders.record(lucja.id(), wrong)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).containsEntry("respondent", "order.invalid.respondentNotLinked"));
    }

    @Test
    void anIncidentLoggedAsABreachAppearsOnTheOrderWithThePoliceSide() {
        OrderRecord order = orders.record(lucja.id(), spo(today.plusYears(1)));
        assertThat(incidents.orderChoices(lucja.id())).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(order.id());
            assertThat(c.inForce()).isTrue();
            assertThat(c.label()).startsWith("SPO, Leeds Magistrates' Court, made ");
        });
        IncidentDraft seen = breaching(Incidents.on(today.minusDays(2), Behaviour.LOITERING), order.id());
        IncidentRecord breach = incidents.record(lucja.id(), seen);
        incidents.record(lucja.id(), Incidents.on(today.minusDays(1), Behaviour.CALLS));

        OrderRecord now = orders.open(order.id());
        assertThat(now.breaches()).singleElement().satisfies(b -> {
            assertThat(b.incidentId()).isEqualTo(breach.id());
            assertThat(b.incidentNumber()).isEqualTo(1);
            assertThat(b.occurredOn()).isEqualTo(today.minusDays(2));
            assertThat(b.outcome()).isEqualTo(BreachOutcome.UNKNOWN);
            assertThat(b.detailVersion()).isNull();
        });

        BreachRecord recorded = orders.recordBreach(order.id(), breach.id(), null, "13/88412/26", BreachOutcome.ARRESTED);
        assertThat(recorded.policeReference()).isEqualTo("13/88412/26");
        assertThat(recorded.outcome()).isEqualTo(BreachOutcome.ARRESTED);
        BreachRecord charged = orders.recordBreach(order.id(), breach.id(), recorded.detailVersion(), "13/88412/26",
                BreachOutcome.CHARGED);
        assertThat(charged.outcome()).isEqualTo(BreachOutcome.CHARGED);
        // Recorded against what someone has since changed: refused.
        assertThatThrownBy(() -> orders.recordBreach(order.id(), breach.id(), recorded.detailVersion(), "",
                BreachOutcome.NO_FURTHER_ACTION)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("order.breach.conflict"));
        assertThat(session.audit().recent(1)).extracting(AuditRecord::action).containsExactly("ORDER_BREACH_RECORDED");

        // An amendment that removes the link takes the incident off the order.
        incidents.amend(breach.id(), 1, breaching(seen, null), "Logged against the wrong order");
        assertThat(orders.open(order.id()).breaches()).isEmpty();
        assertThatThrownBy(() -> orders.recordBreach(order.id(), breach.id(), charged.detailVersion(), "",
                BreachOutcome.CHARGED)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("order.breach.notLinked"));
    }

    @Test
    void anIncidentCannotNameAnotherClientsOrder() {
        ClientRecord ben = clients.create(ClientFixtures.named("Ben", "Okafor"));
        OrderRecord bens = orders.record(ben.id(), spo(today.plusYears(1)));
        assertThatThrownBy(() -> incidents.record(lucja.id(), breaching(Incidents.on(today, Behaviour.CALLS), bens.id())))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).containsEntry("orderId", "incident.invalid.orderNotOnCase"));
        assertThat(incidents.orderChoices(lucja.id())).isEmpty();
        // Without the orders feature, no incident may name an order at all.
        IncidentService bare = new IncidentService(session.transactions(), clients, session.audit(), session.user(), clock);
        assertThatThrownBy(() -> bare.record(ben.id(), breaching(Incidents.on(today, Behaviour.CALLS), bens.id())))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void dueSoonListsExpiriesPassedExpiriesAndCourtDatesOnMyOpenCases() {
        OrderRecord soon = orders.record(lucja.id(), spo(today.plusDays(20)));
        OrderRecord later = orders.record(lucja.id(), spo(today.plusDays(60)));
        OrderRecord lapsed = orders.record(lucja.id(), with(spo(today.minusDays(3)), OrderType.NON_MOLESTATION_ORDER,
                today.minusMonths(6), today.minusDays(3), false));
        OrderDraft interim = new OrderDraft(OrderType.INTERIM_STALKING_PROTECTION_ORDER, null, "Leeds Magistrates' Court",
                "", today.minusDays(5), null, null, true, today.plusDays(9), List.of(), "", "", OrderStatus.IN_FORCE);
        OrderRecord hearing = orders.record(lucja.id(), interim);
        OrderDraft recordedEnded = with(spo(today.minusDays(1)), OrderType.RESTRAINING_ORDER, today.minusYears(1),
                today.minusDays(1), false);
        orders.record(lucja.id(), new OrderDraft(recordedEnded.type(), null, recordedEnded.court(), "",
                recordedEnded.madeOn(), null, recordedEnded.expiresOn(), false, null, List.of(), "", "",
                OrderStatus.EXPIRED));
        // Someone else's case is not on my list.
        ClientRecord notMine = clients.create(ClientFixtures.named("Ben", "Okafor"));
        orders.record(notMine.id(), spo(today.plusDays(5)));

        List<DueItem> due = orders.dueSoon(30);
        assertThat(due).extracting(DueItem::orderId, DueItem::kind, DueItem::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple(lapsed.id(), DueItem.Kind.EXPIRED, today.minusDays(3)),
                org.assertj.core.groups.Tuple.tuple(hearing.id(), DueItem.Kind.HEARING, today.plusDays(9)),
                org.assertj.core.groups.Tuple.tuple(soon.id(), DueItem.Kind.EXPIRES, today.plusDays(20)));
        assertThat(due).allSatisfy(d -> {
            assertThat(d.clientId()).isEqualTo(lucja.id());
            assertThat(d.clientReference()).isEqualTo(lucja.reference());
            assertThat(d.clientName()).isEqualTo("Łucja Wójcik");
        });
        assertThat(due.get(2).what()).isEqualTo("SPO expires");
        assertThat(due.get(0).what()).isEqualTo("Non-molestation order expired: record it as ended or renewed");
        assertThat(orders.dueSoon()).hasSize(3);
        assertThat(orders.dueSoon(90)).extracting(DueItem::orderId).contains(later.id());
        assertThat(orders.open(lapsed.id())).satisfies(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.EXPIRED);
            assertThat(o.expiryToConfirm()).isTrue();
        });
    }

    @Test
    void theChronologyShowsTheOrderMadeServedExpiredAndEachBreach() {
        LocalDate expired = today.minusDays(3);
        OrderRecord order = orders.record(lucja.id(), spo(expired));
        IncidentDraft d = Incidents.on(expired.minusDays(30), Behaviour.FOLLOWING);
        IncidentDraft reported = new IncidentDraft(d.occurredOn(), d.occurredAt(), null, null, false, d.behaviours(),
                d.channel(), d.place(), d.location(), List.of(), d.verbatim(), d.description(), d.impact(),
                d.clientAfraid(), d.witnesses(), d.childrenInvolved(), d.source(),
                new PoliceReport(true, "West Yorkshire Police", "13/55120/26", "PC 4471"), order.id());
        IncidentRecord breach = incidents.record(lucja.id(), reported);

        List<ChronologyEntry> rows = new OrderRows(orders, clock).entries(lucja.id());
        assertThat(rows).allSatisfy(r -> assertThat(r.kind()).isEqualTo(EventKind.ORDER));
        assertThat(rows).extracting(ChronologyEntry::date, ChronologyEntry::event).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(expired.minusYears(2),
                        "Stalking protection order made, until " + day(expired)),
                org.assertj.core.groups.Tuple.tuple(expired.minusYears(2).plusDays(1),
                        "Stalking protection order served on the respondent"),
                org.assertj.core.groups.Tuple.tuple(expired, "Stalking protection order expired"),
                org.assertj.core.groups.Tuple.tuple(d.occurredOn(),
                        "Stalking protection order breached (incident " + breach.number() + ")"));
        assertThat(rows).filteredOn(r -> r.event().contains("breached")).singleElement().satisfies(r -> {
            assertThat(r.significance()).isEqualTo("Police reference 13/55120/26; Reported to police");
            assertThat(r.source()).isEqualTo("Leeds Magistrates' Court (SPO/2024/118)");
            assertThat(r.reference()).isEqualTo("SPO");
        });
    }

    private static String day(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"));
    }
}
