package org.casefile.incident;

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
import org.casefile.perpetrator.PerpetratorDraft;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.perpetrator.Relationship;
import org.casefile.security.AuditRecord;
import org.casefile.security.NewAccount;
import org.casefile.security.Role;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.security.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentServiceTest {
    @TempDir
    Path dir;
    Session session;
    ClientService clients;
    IncidentService incidents;
    ClientRecord lucja;
    final Clock clock = Clock.systemDefaultZone();
    final LocalDate today = LocalDate.now(clock);

    @BeforeEach
    void store() {
        session = TestStores.create(dir);
        clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
        incidents = new IncidentService(session.transactions(), clients, session.audit(), session.user(), clock);
        lucja = clients.create(ClientFixtures.lucja());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void anIncidentKeepsEverythingTypedAndIsNumberedWithinTheClientsLog() {
        IncidentDraft draft = Incidents.on(today.minusDays(2), Behaviour.FOLLOWING, Behaviour.THREAT_TO_CLIENT);
        IncidentRecord first = incidents.record(lucja.id(), draft);
        IncidentRecord second = incidents.record(lucja.id(), Incidents.on(today, Behaviour.MESSAGES));
        ClientRecord other = clients.create(ClientFixtures.named("Ben", "Okafor"));
        IncidentRecord elsewhere = incidents.record(other.id(), Incidents.on(today, Behaviour.CALLS));

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(elsewhere.number()).isEqualTo(1);
        assertThat(first.current().draft()).isEqualTo(draft);
        assertThat(first.recordedBy()).isEqualTo(TestStores.ADMIN);
        assertThat(incidents.log(lucja.id())).extracting(IncidentSummary::number).containsExactly(1, 2);
        assertThat(session.audit().recent(3)).extracting(AuditRecord::action)
                .containsExactly("INCIDENT_RECORDED", "CLIENT_CREATED", "INCIDENT_RECORDED");
    }

    @Test
    void anAmendmentKeepsTheOriginalWithWhoWhenAndWhy() {
        IncidentRecord original = incidents.record(lucja.id(), Incidents.on(today.minusDays(3), Behaviour.FOLLOWING));
        IncidentDraft corrected = Incidents.on(today.minusDays(4), Behaviour.FOLLOWING, Behaviour.WATCHING);
        IncidentRecord amended = incidents.amend(original.id(), 1, corrected, "Client checked her diary: it was Monday");

        assertThat(amended.versions()).hasSize(2);
        assertThat(amended.original().draft()).isEqualTo(original.current().draft());
        assertThat(amended.original().reason()).isEmpty();
        assertThat(amended.current().draft()).isEqualTo(corrected);
        assertThat(amended.current().reason()).isEqualTo("Client checked her diary: it was Monday");
        assertThat(amended.current().madeBy()).isEqualTo(TestStores.ADMIN);
        assertThat(incidents.open(original.id()).versions()).hasSize(2);
        assertThat(incidents.log(lucja.id())).singleElement().satisfies(s -> {
            assertThat(s.occurredOn()).isEqualTo(today.minusDays(4));
            assertThat(s.versions()).isEqualTo(2);
        });
    }

    @Test
    void anAmendmentNeedsAReasonAChangeAndTheLatestVersion() {
        IncidentRecord original = incidents.record(lucja.id(), Incidents.on(today, Behaviour.FOLLOWING));
        IncidentDraft changed = Incidents.on(today, Behaviour.APPROACHING);
        assertThatThrownBy(() -> incidents.amend(original.id(), 1, changed, "  "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsKey("reason"));
        assertThatThrownBy(() -> incidents.amend(original.id(), 1, original.current().draft(), "No change"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("Nothing was changed");

        incidents.amend(original.id(), 1, changed, "Approached, not followed");
        assertThatThrownBy(() -> incidents.amend(original.id(), 1, Incidents.on(today, Behaviour.WATCHING), "Mine"))
                .isInstanceOfSatisfying(IncidentConflict.class,
                        e -> assertThat(e.saved().current().draft()).isEqualTo(changed));
        assertThat(incidents.open(original.id()).versions()).hasSize(2);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        IncidentDraft empty = new IncidentDraft(today.plusDays(1), null, null, null, false, Set.of(), null, null, "",
                List.of(), "", "", "", false, "", false, null,
                new PoliceReport(false, "", "CR/123", ""), null);
        assertThatThrownBy(() -> incidents.record(lucja.id(), empty))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("occurredOn", "behaviours", "description", "policeReported"));
        assertThat(incidents.log(lucja.id())).isEmpty();
    }

    @Test
    void onlyPerpetratorsLinkedToTheClientCanBeNamed() {
        PerpetratorService perpetrators = new PerpetratorService(session.transactions(), session.audit(), clients,
                session.user(), clock);
        long linked = perpetrators.create(perpetrator("Mark", "Dunn")).id();
        long stranger = perpetrators.create(perpetrator("Paul", "Reed")).id();
        perpetrators.link(lucja.id(), linked, Relationship.EX_INTIMATE_PARTNER, "");
        IncidentDraft d = Incidents.on(today, Behaviour.FOLLOWING);
        IncidentDraft named = withPerpetrators(d, List.of(linked));
        assertThat(incidents.record(lucja.id(), named).current().draft().perpetratorIds()).containsExactly(linked);
        assertThatThrownBy(() -> incidents.record(lucja.id(), withPerpetrators(d, List.of(stranger))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).containsKey("perpetrators"));
    }

    @Test
    void aRestrictedCasesLogIsRefusedAndTheRefusalAudited() {
        User amira = session.users().create(new NewAccount("amira", "Amira Haddad", "AH", Role.CASEWORKER),
                "plum orchard lantern".toCharArray(), TestStores.ADMIN);
        ClientService asAmira = new ClientService(session.transactions(), session.audit(), amira, clock);
        ClientRecord hidden = asAmira.create(ClientFixtures.restrictedTo(ClientFixtures.lucja(), amira.id()));
        new IncidentService(session.transactions(), asAmira, session.audit(), amira, clock)
                .record(hidden.id(), Incidents.on(today, Behaviour.FOLLOWING));

        assertThatThrownBy(() -> incidents.log(hidden.id())).hasMessageContaining("restricted");
        assertThatThrownBy(() -> incidents.record(hidden.id(), Incidents.on(today, Behaviour.CALLS)))
                .hasMessageContaining("restricted");
        assertThat(session.audit().recent(1)).extracting(AuditRecord::action).containsExactly("CLIENT_VIEW_REFUSED");
    }

    @Test
    void theDashboardListsMyCasesWhoseLogSuggestsAReview() {
        clients.update(lucja.id(), lucja.version(), allocatedToMe(lucja));
        incidents.record(lucja.id(), Incidents.at(today.minusDays(1), Place.HOME, Behaviour.LOITERING));
        ClientRecord quiet = clients.create(ClientFixtures.named("Ben", "Okafor"));
        incidents.record(quiet.id(), Incidents.on(today.minusDays(1), Behaviour.MESSAGES));

        List<ReviewSuggestion> suggestions = incidents.reviewsSuggested();
        assertThat(suggestions).singleElement().satisfies(s -> {
            assertThat(s.client().id()).isEqualTo(lucja.id());
            assertThat(s.signals()).extracting(EscalationSignal::kind).containsExactly(SignalKind.HOME_VISIT);
        });

        // A new threat is not the first when an older one is in the log, however long ago.
        incidents.record(lucja.id(), Incidents.on(today.minusDays(200), Behaviour.THREAT_TO_CLIENT));
        incidents.record(lucja.id(), Incidents.on(today, Behaviour.THREAT_TO_CLIENT));
        assertThat(incidents.reviewsSuggested().getFirst().signals()).extracting(EscalationSignal::kind)
                .doesNotContain(SignalKind.FIRST_THREAT);
        assertThat(incidents.pattern(lucja.id()).current()).extracting(EscalationSignal::kind)
                .doesNotContain(SignalKind.FIRST_THREAT);
    }

    private org.casefile.client.ClientDraft allocatedToMe(ClientRecord r) {
        var d = r.details();
        return new org.casefile.client.ClientDraft(d.givenName(), d.familyName(), d.aliases(), d.dateOfBirth(),
                d.pronouns(), d.language(), d.interpreterNeeded(), d.vulnerabilities(), d.household(), d.children(),
                d.phones(), d.addresses(), d.safeContact(), d.professionals(), session.user().id(), d.restricted(),
                d.namedUsers());
    }

    static PerpetratorDraft perpetrator(String given, String family) {
        return new PerpetratorDraft(given, family, List.of(), null, "", List.of(), List.of(), List.of(), List.of(), "");
    }

    static IncidentDraft withPerpetrators(IncidentDraft d, List<Long> ids) {
        return new IncidentDraft(d.occurredOn(), d.occurredAt(), d.endedOn(), d.endedAt(), d.approximate(),
                d.behaviours(), d.channel(), d.place(), d.location(), ids, d.verbatim(), d.description(), d.impact(),
                d.clientAfraid(), d.witnesses(), d.childrenInvolved(), d.source(), d.police(), d.orderId());
    }
}
