package org.casefile.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.casefile.CaseServices;
import org.casefile.UserFacingException;
import org.casefile.bundle.CheckBundle;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.Intake;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentRecord;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Incidents;
import org.casefile.perpetrator.PerpetratorDraft;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.perpetrator.Relationship;
import org.casefile.security.NewAccount;
import org.casefile.security.Role;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.security.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class SubjectAccessTest {
    @TempDir
    Path dir;
    Session session;

    @AfterEach
    void close() {
        session.close();
    }

    /** The export as {@code who} would make it, over their own case services. */
    SubjectAccess forUser(User who) {
        Clock clock = Clock.systemDefaultZone();
        return SubjectAccess.of(CaseServices.open(session.transactions(), session.audit(), who, clock,
                ExhibitService.DEFAULT_MAX_BYTES, 12), session.audit(), who, clock);
    }

    @Test
    void everythingAboutTheClientComesOutAsJsonAndPdfButNotThePerpetratorsDetails() throws Exception {
        session = TestStores.create(dir.resolve("store"));
        Clock clock = Clock.systemDefaultZone();
        ClientService clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
        PerpetratorService perpetrators = new PerpetratorService(session.transactions(), session.audit(), clients,
                session.user(), clock);
        IncidentService incidents = new IncidentService(session.transactions(), clients, session.audit(),
                session.user(), clock);
        ExhibitService exhibits = new ExhibitService(session.transactions(), clients, session.audit(), session.user(),
                clock, ExhibitService.DEFAULT_MAX_BYTES);
        ClientRecord lucja = clients.create(ClientFixtures.lucja());
        long marek = perpetrators.create(new PerpetratorDraft("Marek", "Nowak", List.of(), LocalDate.of(1980, 1, 2),
                "", List.of("07700 900999"), List.of(), List.of(), List.of(), "")).id();
        perpetrators.link(lucja.id(), marek, Relationship.EX_INTIMATE_PARTNER, "");
        IncidentRecord first = incidents.record(lucja.id(), Incidents.on(LocalDate.now().minusDays(3), Behaviour.FOLLOWING));
        incidents.amend(first.id(), 1, Incidents.on(LocalDate.now().minusDays(4), Behaviour.FOLLOWING),
                "She checked her diary");
        exhibits.receive(lucja.id(), "note.txt", "a note she kept".getBytes(), new Intake("JS", first.id(),
                new Acquisition("The client", "Handed over", "Paper"), "Her note"));

        User caseworker = session.users().add(session.user(), new NewAccount("hdlamini", "Hana Dlamini", "HD",
                Role.CASEWORKER), "harbour lantern pebble".toCharArray());
        assertThatThrownBy(() -> forUser(caseworker).export(lucja.id(), dir.resolve("no")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("supervisor");

        SubjectAccess.Written w = forUser(session.user()).export(lucja.id(), dir.resolve("sar"));
        JsonNode json = new ObjectMapper().readTree(Files.readString(w.json()));
        assertThat(json.get("client").get("details").get("givenName").asText()).isEqualTo("Łucja");
        assertThat(json.get("incidents").get(0).get("versions")).hasSize(2);
        assertThat(json.get("evidence")).hasSize(1);
        assertThat(json.get("auditEntries").size()).isGreaterThan(3);
        String text = Files.readString(w.json());
        assertThat(text).contains("14 Larkspur Close", "She checked her diary")
                .doesNotContain("Marek", "Nowak", "07700 900999");
        assertThat(w.pdfPages()).isPositive();
        CheckBundle.passes(w.pdf(), "Marek Nowak");
        assertThat(session.audit().recent(1).getFirst().action()).isEqualTo("SUBJECT_ACCESS_EXPORTED");
    }
}
