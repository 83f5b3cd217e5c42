package org.casefile.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.casefile.UserFacingException;
import org.casefile.chronology.CaseLogRows;
import org.casefile.chronology.ChronologyService;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.CustodyAction;
import org.casefile.evidence.ExhibitRecord;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.evidence.Intake;
import org.casefile.evidence.StoredBytes;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Incidents;
import org.casefile.perpetrator.PerpetratorDraft;
import org.casefile.perpetrator.PerpetratorRecord;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.perpetrator.Relationship;
import org.casefile.security.AuditRecord;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of bundle on a case with photos (one stored sideways), a screenshot and PDFs, checked independently. */
class BundleServiceTest {
    static final String ADDRESS = "14 Larkspur Close";
    static final String PHONE = "07700 900123";

    @TempDir
    Path dir;
    @TempDir
    Path out;
    Session session;
    BundleService bundles;
    ExhibitService exhibits;
    ClientRecord lucja;
    List<ExhibitSummary> items = new ArrayList<>();

    @BeforeEach
    void aCaseWithEvidence() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        session = TestStores.create(dir);
        var tx = session.transactions();
        var audit = session.audit();
        var me = session.user();
        ClientService clients = new ClientService(tx, audit, me, clock);
        IncidentService incidents = new IncidentService(tx, clients, audit, me, clock);
        exhibits = new ExhibitService(tx, clients, audit, me, clock, ExhibitService.DEFAULT_MAX_BYTES);
        PerpetratorService perpetrators = new PerpetratorService(tx, audit, clients, me, clock);
        ChronologyService chronology = new ChronologyService(List.of(new CaseLogRows(incidents, exhibits, clock.getZone())),
                clients, audit, me);
        bundles = new BundleService(clients, incidents, exhibits, chronology, perpetrators, MaracSources.NOTHING_RECORDED,
                audit, me, clock);
        lucja = clients.create(ClientFixtures.lucja());
        PerpetratorRecord ex = perpetrators.create(new PerpetratorDraft("Marek", "Nowak", List.of(), null, "Tall",
                List.of(), List.of(), List.of(), List.of(), ""));
        perpetrators.link(lucja.id(), ex.id(), Relationship.EX_INTIMATE_PARTNER, "Relationship ended 2025");
        LocalDate start = LocalDate.now().minusDays(40);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            IncidentDraft d = Incidents.on(start.plusDays(i * 6), i % 2 == 0 ? Behaviour.values()[0] : Behaviour.values()[1]);
            d = new IncidentDraft(d.occurredOn(), LocalTime.of(19, i), null, null, false, d.behaviours(), d.channel(),
                    d.place(), "Outside " + ADDRESS, List.of(ex.id()), "I will always find you, Łucja. Call me on " + PHONE,
                    "He waited by the car park exit and followed her home to " + ADDRESS + ".",
                    "Frightened to go out alone.", true, "", false, d.source(), d.police(), null);
            ids.add(incidents.record(lucja.id(), d).id());
        }
        Acquisition from = new Acquisition("The client", "Handed over at the office", "Her phone");
        items.add(exhibits.receive(lucja.id(), "car.jpg", Exhibits.jpeg(1600, 1200),
                new Intake("JS", ids.get(0), from, "Photo of his car outside the house")));
        items.add(exhibits.receive(lucja.id(), "sideways.jpg", Exhibits.sidewaysJpeg(900, 1200),
                new Intake("JS", ids.get(1), from, "Photo of the doorstep, taken on her phone")));
        items.add(exhibits.receive(lucja.id(), "screenshot.png", Exhibits.png(540, 1170),
                new Intake("JS", ids.get(2), from, "Screenshot of his messages")));
        items.add(exhibits.receive(lucja.id(), "letter.pdf", Exhibits.letterPdf("Her address: " + ADDRESS, 3),
                new Intake("JS", ids.get(3), from, "Letter from the housing officer")));
        items.add(exhibits.receive(lucja.id(), "police.pdf", Exhibits.unembeddedPdf("Phone " + PHONE),
                new Intake("JS", null, from, "Police letter")));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @ParameterizedTest
    @EnumSource(value = BundleKind.class, names = "REFERRAL", mode = EnumSource.Mode.EXCLUDE) // ReferralPackTest
    void everyKindPassesTheIndependentCheckerWithoutTheSafeAddressOrPhone(BundleKind kind) throws Exception {
        Path file = out.resolve(kind.name().toLowerCase() + ".pdf");
        BundleResult result = bundles.make(BundleRequest.standard(lucja.id(), kind, file), BundleProgress.NONE);

        assertThat(result.file()).exists();
        CheckBundle.passes(file, ADDRESS, PHONE, "07700900123", "900456");
        CheckBundle.keepSample(file);
        assertThat(result.sha256()).hasSize(64);
        assertThat(out.toFile().list()).containsExactly(file.getFileName().toString());
        assertThat(session.audit().recent(1)).extracting(AuditRecord::action).containsExactly("BUNDLE_EXPORTED");
    }

    @Test
    void everyIncludedExhibitRecordsTheBundleAndItsFingerprint() throws Exception {
        Path file = out.resolve("court.pdf");
        BundleResult result = bundles.make(BundleRequest.standard(lucja.id(), BundleKind.COURT, file), BundleProgress.NONE);
        assertThat(result.exhibits()).isEqualTo(items.size());
        for (ExhibitSummary e : items) {
            ExhibitRecord r = exhibits.open(e.id());
            assertThat(r.custody().getLast().action()).isEqualTo(CustodyAction.EXPORTED_IN_BUNDLE);
            assertThat(r.custody().getLast().note()).contains(result.sha256(), "court.pdf");
        }
        String text = CheckBundle.text(file);
        assertThat(text).contains("Integrity manifest", items.getFirst().sha256().substring(0, 16), "[redacted]",
                "Łucja Wójcik");
    }

    @Test
    void aTamperedExhibitStopsTheBundleAndNamesIt() throws Exception {
        StoredBytes.flipOne(session, items.get(2).id(), 100);
        Path file = out.resolve("court.pdf");
        assertThatThrownBy(() -> bundles.make(BundleRequest.standard(lucja.id(), BundleKind.COURT, file), BundleProgress.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining(items.get(2).reference())
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("bundle.exhibitDamaged"));
        assertThat(out.toFile().list()).isEmpty();
    }

    @Test
    void aDateRangeAndChosenIncidentsLimitWhatIsIncluded() throws Exception {
        Path file = out.resolve("police.pdf");
        BundleRequest request = new BundleRequest(lucja.id(), BundleKind.POLICE, BundleKind.POLICE.defaultSections(),
                Numbering.CONTINUOUS, RedactionProfile.STRICT, List.of("Marek"), null, null, Set.of(1, 2), "", file);
        BundleResult result = bundles.make(request, BundleProgress.NONE);
        assertThat(result.exhibits()).isEqualTo(2);
        CheckBundle.passes(file, ADDRESS, PHONE, "Marek");
        assertThat(bundles.estimatePages(request)).isBetween(3, 20);
    }

    @Test
    void cancellingLeavesNothingBehind() throws Exception {
        Path file = out.resolve("court.pdf");
        BundleProgress cancelled = new BundleProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        List<Path> before = bundleFolders();
        assertThatThrownBy(() -> bundles.make(BundleRequest.standard(lucja.id(), BundleKind.COURT, file), cancelled))
                .isInstanceOf(BundleCancelled.class);
        assertThat(out.toFile().list()).isEmpty();
        assertThat(bundleFolders()).containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<Path> bundleFolders() throws java.io.IOException {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.filter(p -> p.getFileName().toString().startsWith("casefile-bundle-")).toList();
        }
    }
}
