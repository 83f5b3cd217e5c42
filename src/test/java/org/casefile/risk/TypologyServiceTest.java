package org.casefile.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casefile.InvalidInput;
import org.casefile.UserFacingException;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.exchange.CaseExchange;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Incidents;
import org.casefile.perpetrator.PerpetratorDraft;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.perpetrator.Relationship;
import org.casefile.security.AuditRecord;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.typology.ContextFlag;
import org.casefile.typology.StalkerType;
import org.casefile.typology.WarningResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypologyServiceTest {
    @TempDir
    Path dir;
    Session session;
    ClientService clients;
    IncidentService incidents;
    TypologyService typology;
    ClientRecord lucja;
    long mark;
    final Clock clock = Clock.systemDefaultZone();
    final LocalDate today = LocalDate.now(clock);

    @BeforeEach
    void store() {
        session = TestStores.create(dir);
        clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
        PerpetratorService perpetrators = new PerpetratorService(session.transactions(), session.audit(), clients,
                session.user(), clock);
        incidents = new IncidentService(session.transactions(), clients, session.audit(), session.user(), clock);
        typology = new TypologyService(clients, perpetrators, incidents, session.audit(), session.user(), clock);
        lucja = clients.create(ClientFixtures.lucja());
        mark = perpetrators.create(new PerpetratorDraft("Mark", "Ellison", List.of(), null, "", List.of(), List.of(),
                List.of(), List.of(), "")).id();
        perpetrators.link(lucja.id(), mark, Relationship.EX_INTIMATE_PARTNER, "");
    }

    @AfterEach
    void close() {
        session.close();
    }

    IncidentDraft byMark(LocalDate day, String words, Behaviour... behaviours) {
        IncidentDraft d = Incidents.on(day, behaviours);
        return new IncidentDraft(d.occurredOn(), d.occurredAt(), null, null, false, d.behaviours(), d.channel(),
                d.place(), d.location(), List.of(mark), words, d.description(), d.impact(), d.clientAfraid(),
                d.witnesses(), d.childrenInvolved(), d.source(), d.police(), null);
    }

    void anExPartnerWhoWillNotLetGo() {
        incidents.record(lucja.id(), byMark(today.minusDays(30), "Please come back, we can fix this", Behaviour.MESSAGES));
        incidents.record(lucja.id(), byMark(today.minusDays(20), "If I can't have you nobody will", Behaviour.MESSAGES,
                Behaviour.THREAT_TO_CLIENT));
        incidents.record(lucja.id(), byMark(today.minusDays(10), "", Behaviour.FOLLOWING));
        typology.saveContext(lucja.id(), mark, -1, new CaseExchange.Context(
                Set.of(ContextFlag.FOLLOWED_END_OF_RELATIONSHIP), 0, WarningResponse.IGNORED, Set.of(), ""));
    }

    @Test
    void aRunIsKeptWithItsReasonsAndNotRepeatedWhileTheFactsStandStill() {
        anExPartnerWhoWillNotLetGo();
        ClassificationRecord first = typology.run(lucja.id(), null);

        assertThat(first.finding().primary()).isEqualTo(StalkerType.REJECTED);
        assertThat(first.perpetratorReference()).isNotBlank();
        assertThat(first.incidentCount()).isEqualTo(3);
        assertThat(first.finding().fired()).isNotEmpty();
        assertThat(first.finding().fired()).anySatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(first.decided()).isFalse();

        ClassificationRecord again = typology.run(lucja.id(), mark);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(typology.history(lucja.id())).singleElement().satisfies(c -> assertThat(c.stale()).isFalse());

        incidents.record(lucja.id(), byMark(today.minusDays(2), "", Behaviour.LOITERING));
        assertThat(typology.history(lucja.id())).singleElement().satisfies(c -> assertThat(c.stale()).isTrue());
        ClassificationRecord rerun = typology.run(lucja.id(), mark);
        assertThat(rerun.id()).isNotEqualTo(first.id());
        assertThat(rerun.incidentCount()).isEqualTo(4);
        assertThat(typology.history(lucja.id())).extracting(ClassificationRecord::stale).containsExactly(false, true);
        assertThat(session.audit().recent(10)).extracting(AuditRecord::action).contains("TYPOLOGY_RUN");
    }

    @Test
    void theCaseworkerConfirmsOrOverridesWithAReasonAndBothAreKept() {
        anExPartnerWhoWillNotLetGo();
        ClassificationRecord run = typology.run(lucja.id(), mark);

        assertThatThrownBy(() -> typology.decide(lucja.id(), run.id(), run.version(), Decision.OVERRIDDEN,
                StalkerType.RESENTFUL, " ")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).containsKey("reason"));
        assertThatThrownBy(() -> typology.decide(lucja.id(), run.id(), run.version(), Decision.OVERRIDDEN,
                StalkerType.REJECTED, "same")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).containsKey("type"));

        ClassificationRecord overridden = typology.decide(lucja.id(), run.id(), run.version(), Decision.OVERRIDDEN,
                StalkerType.RESENTFUL, "The grievance over the house sale drives it, not the break-up");
        assertThat(overridden.decision()).isEqualTo(Decision.OVERRIDDEN);
        assertThat(overridden.decidedType()).isEqualTo(StalkerType.RESENTFUL);
        assertThat(overridden.decidedBy()).isEqualTo(TestStores.ADMIN);
        // A second decision on the same run (a stale screen) changes nothing.
        assertThatThrownBy(() -> typology.decide(lucja.id(), run.id(), run.version(), Decision.CONFIRMED, null, ""))
                .isInstanceOf(UserFacingException.class);
        assertThat(typology.decided(lucja.id())).singleElement()
                .satisfies(c -> assertThat(c.decisionReason()).contains("house sale"));
    }

    @Test
    void whatWasTickedTravelsInTheExchangeFileAndConflictingEditsAreRefused() {
        anExPartnerWhoWillNotLetGo();
        PerpetratorFacts facts = typology.perpetrators(lucja.id()).getFirst();
        assertThat(facts.context().flags()).containsExactly(ContextFlag.FOLLOWED_END_OF_RELATIONSHIP);

        CaseExchange file = typology.exchange(lucja.id());
        assertThat(file.perpetrators()).singleElement().satisfies(p -> {
            assertThat(p.relationship()).isEqualTo(Relationship.EX_INTIMATE_PARTNER);
            assertThat(p.context().warnings()).isEqualTo(WarningResponse.IGNORED);
        });
        assertThat(file.incidents()).hasSize(3);

        typology.saveContext(lucja.id(), mark, facts.contextVersion(), CaseExchange.Context.NONE);
        assertThatThrownBy(() -> typology.saveContext(lucja.id(), mark, facts.contextVersion(), facts.context()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("Someone else");
        assertThat(typology.perpetrators(lucja.id()).getFirst().context().flags()).isEmpty();
    }
}
