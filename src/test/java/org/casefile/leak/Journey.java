package org.casefile.leak;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.casefile.UserFacingException;
import org.casefile.bundle.BundleKind;
import org.casefile.bundle.BundleProgress;
import org.casefile.bundle.BundleRequest;
import org.casefile.bundle.BundleService;
import org.casefile.bundle.Exhibits;
import org.casefile.bundle.MaracSources;
import org.casefile.chronology.CaseLogRows;
import org.casefile.chronology.ChronologyFilter;
import org.casefile.chronology.ChronologyService;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.evidence.Intake;
import org.casefile.evidence.Previews;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentRecord;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Incidents;
import org.casefile.perpetrator.PerpetratorDraft;
import org.casefile.perpetrator.PerpetratorRecord;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.perpetrator.Relationship;
import org.casefile.search.SearchService;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.store.StoreLocation;
import org.casefile.store.StoreLock;
import org.slf4j.LoggerFactory;

/**
 * A caseworker's day, run in a JVM of its own by {@link LeakJourney}: with Casefile's production logging and a
 * private temporary folder, so the tests can read everything that was logged and everything left behind. Every
 * sensitive string it types is in {@link #SEEDED}. Arguments: work folder (store and outputs go inside).
 */
public final class Journey {
    /** What must never reach a log: the fixture client's names, addresses, phones and the perpetrator's name. */
    static final List<String> SEEDED = List.of("Łucja", "Wójcik", "Lucy Woods", "Maja", "14 Larkspur Close",
            "Larkspur", "LS6 2QT", "07700 900123", "07700900123", "07700 900456", "07700900456", "bluebell",
            "Dr A Khan", "0113 496 0123", "01134960123", "Marek", "Nowak", "I will always find you",
            "Hyde Park Surgery");

    private Journey() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path storeDir = work.resolve("store");
        Path out = Files.createDirectories(work.resolve("out"));
        Clock clock = Clock.systemDefaultZone();
        LoggerFactory.getLogger(Journey.class).info("journey: starting");

        StoreLocation location = new StoreLocation(storeDir);
        try (StoreLock lock = StoreLock.acquire(location)) {
            TestStores.create(storeDir).close();
            // Failed sign-ins: a wrong password, and the client's phone number typed into the username field.
            expectRefusal(() -> TestStores.signIn(storeDir).unlock(TestStores.ADMIN, "07700 900123".toCharArray()));
            expectRefusal(() -> TestStores.signIn(storeDir).unlock("07700 900123", TestStores.PASSWORD.clone()));
            try (Session session = TestStores.signIn(storeDir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
                day(session, clock, out);
            }
        }
        LoggerFactory.getLogger(Journey.class).info("journey: finished");
        System.out.println("journey done");
    }

    private static void day(Session session, Clock clock, Path out) throws Exception {
        var tx = session.transactions();
        var audit = session.audit();
        var me = session.user();
        ClientService clients = new ClientService(tx, audit, me, clock);
        IncidentService incidents = new IncidentService(tx, clients, audit, me, clock);
        ExhibitService exhibits = new ExhibitService(tx, clients, audit, me, clock, ExhibitService.DEFAULT_MAX_BYTES);
        PerpetratorService perpetrators = new PerpetratorService(tx, audit, clients, me, clock);
        ChronologyService chronology = new ChronologyService(
                List.of(new CaseLogRows(incidents, exhibits, clock.getZone())), clients, audit, me);
        BundleService bundles = new BundleService(clients, incidents, exhibits, chronology, perpetrators,
                MaracSources.NOTHING_RECORDED, audit, me, clock);
        SearchService search = new SearchService(tx, me);

        ClientRecord lucja = clients.create(ClientFixtures.lucja());
        search.search("Wójcik", 10);
        search.search("07700 900123", 10);
        clients.open(lucja.id());
        PerpetratorRecord ex = perpetrators.create(new PerpetratorDraft("Marek", "Nowak", List.of(), null, "Tall",
                List.of(), List.of(), List.of(), List.of(), ""));
        perpetrators.link(lucja.id(), ex.id(), Relationship.EX_INTIMATE_PARTNER, "Relationship ended 2025");

        List<Long> ids = new ArrayList<>();
        LocalDate start = LocalDate.now(clock).minusDays(20);
        for (int i = 0; i < 3; i++) {
            IncidentDraft d = Incidents.on(start.plusDays(i * 5), Behaviour.values()[i]);
            d = new IncidentDraft(d.occurredOn(), LocalTime.of(19, i), null, null, false, d.behaviours(), d.channel(),
                    d.place(), "Outside 14 Larkspur Close", List.of(ex.id()),
                    "I will always find you, Łucja. Call me on 07700 900123",
                    "He followed her home to 14 Larkspur Close, LS6 2QT.", "Frightened to go out.", true, "", false,
                    d.source(), d.police(), null);
            ids.add(incidents.record(lucja.id(), d).id());
        }
        IncidentRecord first = incidents.open(ids.getFirst());
        IncidentDraft was = first.current().draft();
        incidents.amend(first.id(), first.latestVersion(), new IncidentDraft(was.occurredOn(), was.occurredAt(), null,
                null, false, was.behaviours(), was.channel(), was.place(), was.location(), was.perpetratorIds(),
                was.verbatim(), was.description() + " Maja was with her.", was.impact(), true, "", true, was.source(),
                was.police(), null), "Łucja remembered Maja was there");
        incidents.pattern(lucja.id());

        Acquisition from = new Acquisition("Łucja Wójcik", "Handed over at the office", "Her phone 07700 900123");
        ExhibitSummary note = exhibits.receive(lucja.id(), "Łucja Wójcik statement.txt",
                "He came to 14 Larkspur Close again. Call 07700 900456.".getBytes(StandardCharsets.UTF_8),
                new Intake("JS", ids.getFirst(), from, "Statement about 14 Larkspur Close"));
        ExhibitSummary letter = exhibits.receive(lucja.id(), "letter to Łucja.pdf",
                Exhibits.letterPdf("Her address: 14 Larkspur Close", 2), new Intake("JS", ids.get(1), from, "Letter"));
        ExhibitSummary photo = exhibits.receive(lucja.id(), "car at Larkspur.jpg", Exhibits.jpeg(800, 600),
                new Intake("JS", ids.get(2), from, "Car outside 14 Larkspur Close"));
        // Previews, as the exhibit view shows them: in memory.
        Previews.text(exhibits.content(note.id()).bytes());
        Previews.pdfPage(exhibits.content(letter.id()).bytes(), 0, 72);
        exhibits.content(photo.id());
        exhibits.exportCopy(note.id(), out.resolve("statement copy.txt"));
        chronology.exportCsv(lucja.id(), ChronologyFilter.ALL, out.resolve("chronology.csv"));
        bundles.make(BundleRequest.standard(lucja.id(), BundleKind.COURT, out.resolve("court bundle.pdf")),
                BundleProgress.NONE);

        // Paths that end in a sentence for the caseworker, each carrying sensitive words in what it refuses.
        expectRefusal(() -> exhibits.receive(lucja.id(), "Łucja Wójcik 07700 900123.txt", new byte[0],
                new Intake("JS", null, from, "")));
        expectRefusal(() -> exhibits.receive(lucja.id(), Path.of("/nonexistent/14 Larkspur Close.jpg"),
                new Intake("JS", null, from, "")));
        expectRefusal(() -> incidents.amend(first.id(), 1, was, "Łucja changed her mind"));
        // A database error whose driver message echoes the value that failed: it must reach no log either.
        try {
            tx.run(em -> em.createNativeQuery("update client set given_name = ?1 where id = ?2")
                    .setParameter(1, "Łucja Wójcik of 14 Larkspur Close, 07700 900123. ".repeat(20))
                    .setParameter(2, lucja.id()).executeUpdate());
        } catch (RuntimeException expected) {
            LoggerFactory.getLogger(Journey.class).warn("journey: database refused, {}",
                    org.casefile.SafeLog.describe(expected));
        }
    }

    private static void expectRefusal(Runnable action) {
        try {
            action.run();
            throw new IllegalStateException("journey: a refusal did not happen");
        } catch (UserFacingException expected) {
            LoggerFactory.getLogger(Journey.class).info("journey: refused with {}", expected.key());
        }
    }
}
