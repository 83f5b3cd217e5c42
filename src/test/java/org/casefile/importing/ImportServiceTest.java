package org.casefile.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Channel;
import org.casefile.incident.ImportLink;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentRecord;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Incidents;
import org.casefile.incident.Source;
import org.casefile.perpetrator.PerpetratorDraft;
import org.casefile.perpetrator.PerpetratorRecord;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.perpetrator.Relationship;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;
    Session session;
    ClientService clients;
    IncidentService incidents;
    ExhibitService exhibits;
    PerpetratorService perpetrators;
    ImportService imports;
    ClientRecord lucja;
    PerpetratorRecord dan;
    final Clock clock = Clock.system(ZoneId.of("Europe/London"));
    final ImportOptions options = ImportOptions.defaults().withZone(ZoneId.of("Europe/London"));

    @BeforeEach
    void store() {
        session = TestStores.create(dir);
        clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
        incidents = new IncidentService(session.transactions(), clients, session.audit(), session.user(), clock);
        exhibits = new ExhibitService(session.transactions(), clients, session.audit(), session.user(), clock,
                ExhibitService.DEFAULT_MAX_BYTES);
        perpetrators = new PerpetratorService(session.transactions(), session.audit(), clients, session.user(), clock);
        imports = new ImportService(incidents, exhibits, perpetrators, clock);
        lucja = clients.create(ClientFixtures.lucja());
        dan = perpetrators.create(new PerpetratorDraft("Dan", "Ashworth", List.of(), null, "", List.of("07700 900123"),
                List.of(), List.of(), List.of("dan.ashworth@example.org"), ""));
        perpetrators.link(lucja.id(), dan.id(), Relationship.EX_INTIMATE_PARTNER, "");
    }

    @AfterEach
    void close() {
        session.close();
    }

    Path copy(String sample) throws Exception {
        Path target = files.resolve(sample);
        Files.copy(ImportParsersTest.sample(sample), target);
        return target;
    }

    @Test
    void theOriginalIsStoredFirstAndEveryIncidentLinksBackToItsLines() throws Exception {
        Path chat = copy("whatsapp-android-24h.txt");
        ImportPreview preview = imports.preview(lucja.id(), chat, options, Proposer.DEFAULT_GAP);
        assertThat(preview.sha256()).isEqualTo(ImportService.sha256(chat));
        assertThat(exhibits.forClient(lucja.id())).isEmpty();
        List<Proposal> included = preview.proposals().stream().filter(Proposal::include).toList();
        assertThat(included).hasSize(4).allSatisfy(p -> assertThat(p.perpetratorId()).isEqualTo(dan.id()));
        assertThat(included.getFirst().messages()).hasSize(2);
        assertThat(included.getLast().behaviours()).contains(Behaviour.MESSAGES, Behaviour.THREAT_TO_CLIENT);
        assertThat(preview.proposals()).filteredOn(p -> !p.include()).singleElement()
                .satisfies(p -> assertThat(p.party()).isEqualTo("Lucja"));

        ImportResult result = imports.confirm(lucja.id(), chat, preview, "JS");
        List<ExhibitSummary> stored = exhibits.forClient(lucja.id());
        assertThat(stored).singleElement().satisfies(e -> {
            assertThat(e.sha256()).isEqualTo(preview.sha256());
            assertThat(e.fileName()).isEqualTo("whatsapp-android-24h.txt");
            assertThat(e.reference()).isEqualTo(result.exhibitReference());
        });
        assertThat(result.incidentIds()).hasSize(4);
        assertThat(session.audit().recent(50)).filteredOn(r -> r.action().equals("IMPORT_RECORDED")).singleElement()
                .satisfies(r -> assertThat(r.detail()).isEqualTo("4 incidents for " + lucja.reference()));
        IncidentRecord first = incidents.open(result.incidentIds().getFirst());
        IncidentDraft d = first.versions().getFirst().draft();
        assertThat(d.occurredOn()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(d.occurredAt()).isEqualTo(LocalTime.of(21, 15));
        assertThat(d.endedAt()).isEqualTo(LocalTime.of(21, 16));
        assertThat(d.source()).isEqualTo(Source.IMPORTED);
        assertThat(d.channel()).isEqualTo(Channel.MESSAGING_APP);
        assertThat(d.perpetratorIds()).containsExactly(dan.id());
        assertThat(d.verbatim()).contains("Why aren't you answering", "I can see the light on");
        assertThat(d.description()).contains(result.exhibitReference());
        assertThat(incidents.importLink(first.id())).contains(new ImportLink(result.exhibitId(), 2, 3));
    }

    @Test
    void nothingIsSavedWhenAChosenProposalCannotBeRecorded() throws Exception {
        Path chat = copy("whatsapp-android-24h.txt");
        ImportPreview preview = imports.preview(lucja.id(), chat, options, Proposer.DEFAULT_GAP);
        List<Proposal> edited = new ArrayList<>(preview.proposals());
        edited.set(0, edited.get(0).withBehaviours(java.util.Set.of()));
        assertThatThrownBy(() -> imports.confirm(lucja.id(), chat, preview.withProposals(edited), "JS"))
                .isInstanceOf(ImportProblem.class).hasMessageContaining("line 2");
        edited.set(0, edited.get(0).withBehaviours(java.util.Set.of(Behaviour.MESSAGES)).withPerpetrator(999L, "X"));
        assertThatThrownBy(() -> imports.confirm(lucja.id(), chat, preview.withProposals(edited), "JS"))
                .isInstanceOf(ImportProblem.class);
        assertThat(exhibits.forClient(lucja.id())).isEmpty();
        assertThat(incidents.log(lucja.id())).isEmpty();
    }

    @Test
    void aFileChangedAfterReviewIsRefusedBeforeAnythingIsStored() throws Exception {
        Path chat = copy("whatsapp-android-24h.txt");
        ImportPreview preview = imports.preview(lucja.id(), chat, options, Proposer.DEFAULT_GAP);
        Files.writeString(chat, "12/03/2024, 21:15 - Dan Ashworth: something else\n");
        assertThatThrownBy(() -> imports.confirm(lucja.id(), chat, preview, "JS"))
                .extracting(e -> ((ImportProblem) e).key()).isEqualTo("import.confirm.changed");
        assertThat(exhibits.forClient(lucja.id())).isEmpty();
        assertThat(incidents.log(lucja.id())).isEmpty();
    }

    @Test
    void aBadFileStoresNothing() throws Exception {
        Path bad = copy("sms-truncated.xml");
        assertThatThrownBy(() -> imports.preview(lucja.id(), bad, options, Proposer.DEFAULT_GAP))
                .isInstanceOf(ImportProblem.class);
        assertThat(exhibits.forClient(lucja.id())).isEmpty();
    }

    @Test
    void duplicatesOfIncidentsAlreadyInTheLogAreFlagged() throws Exception {
        IncidentDraft typed = Incidents.on(LocalDate.of(2024, 3, 12), Behaviour.MESSAGES);
        typed = new IncidentDraft(typed.occurredOn(), typed.occurredAt(), null, null, false, typed.behaviours(),
                Channel.MESSAGING_APP, typed.place(), "", List.of(), "I know you're home", "He messaged me.", "",
                false, "", false, Source.CLIENT, typed.police(), null);
        int number = incidents.record(lucja.id(), typed).number();
        ImportPreview preview = imports.preview(lucja.id(), copy("whatsapp-android-24h.txt"), options,
                Proposer.DEFAULT_GAP);
        assertThat(preview.proposals().getFirst().duplicateOf()).containsExactly(number);
        assertThat(preview.proposals().subList(1, preview.proposals().size()))
                .allSatisfy(p -> assertThat(p.isDuplicate()).isFalse());
    }

    @Test
    void filesCarriedByMessagesBecomeExhibitsAndCallsBecomeCallIncidents() throws Exception {
        Path backup = copy("sms-backup.xml");
        ImportPreview sms = imports.preview(lucja.id(), backup, options, Proposer.DEFAULT_GAP);
        assertThat(sms.proposals()).filteredOn(Proposal::include).hasSize(2);
        ImportResult result = imports.confirm(lucja.id(), backup, sms, "JS");
        assertThat(result.attachmentReferences()).hasSize(1);
        assertThat(exhibits.forClient(lucja.id())).extracting(ExhibitSummary::fileName)
                .containsExactly("sms-backup.xml", "IMG_0001.jpg");

        ImportPreview calls = imports.preview(lucja.id(), copy("calls.xml"), options, Proposer.DEFAULT_GAP);
        assertThat(calls.proposals()).singleElement().satisfies(p -> {
            assertThat(p.behaviours()).containsExactly(Behaviour.CALLS);
            assertThat(p.channel()).isEqualTo(Channel.PHONE_CALL);
            assertThat(p.messages()).hasSize(3);
        });
    }

    @Test
    void emailAttachmentsAndChatMediaAreKeptAsExhibitsBesideTheOriginal() throws Exception {
        Path email = copy("email-multipart.eml");
        ImportPreview mail = imports.preview(lucja.id(), email, options, Proposer.DEFAULT_GAP);
        assertThat(mail.proposals()).singleElement().satisfies(p -> {
            assertThat(p.perpetratorId()).isEqualTo(dan.id());
            assertThat(p.behaviours()).contains(Behaviour.EMAIL);
            assertThat(p.channel()).isEqualTo(Channel.EMAIL);
        });
        ImportResult stored = imports.confirm(lucja.id(), email, mail, "JS");
        assertThat(stored.attachmentReferences()).hasSize(1);
        IncidentDraft d = incidents.open(stored.incidentIds().getFirst()).versions().getFirst().draft();
        assertThat(d.verbatim()).contains("Subject: You\u2019ll see me soon", "[file: letter to you.pdf]");

        Path zip = copy("whatsapp-ios.zip");
        ImportResult chat = imports.confirm(lucja.id(), zip,
                imports.preview(lucja.id(), zip, options, Proposer.DEFAULT_GAP), "JS");
        assertThat(chat.attachmentReferences()).hasSize(1);
        assertThat(exhibits.forClient(lucja.id())).extracting(ExhibitSummary::fileName).containsExactly(
                "email-multipart.eml", "letter to you.pdf", "whatsapp-ios.zip",
                "00000003-PHOTO-2024-03-12-21-16-30.jpg");
    }
}
