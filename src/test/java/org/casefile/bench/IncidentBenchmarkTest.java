package org.casefile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.casefile.chronology.CaseLogRows;
import org.casefile.chronology.ChronologyFilter;
import org.casefile.chronology.ChronologyService;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientService;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.Intake;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Channel;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Place;
import org.casefile.incident.PoliceReport;
import org.casefile.incident.Source;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The pattern and chronology of one client with {@code -Dbench.incidents} (default 1,000) incidents and 50
 * exhibits: what opening those two views asks of the store. Prints its numbers; asserts nothing about time. Run
 * with {@code mvn -Pbench test -Dtest=IncidentBenchmarkTest}.
 */
@Tag("benchmark")
class IncidentBenchmarkTest {
    @Test
    void patternAndChronologyOfALongLog() throws Exception {
        int count = Integer.getInteger("bench.incidents", 1_000);
        Path dir = Files.createTempDirectory("casefile-bench-incidents");
        Clock clock = Clock.systemDefaultZone();
        try (Session session = TestStores.create(dir)) {
            ClientService clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
            IncidentService incidents = new IncidentService(session.transactions(), clients, session.audit(),
                    session.user(), clock);
            ExhibitService exhibits = new ExhibitService(session.transactions(), clients, session.audit(),
                    session.user(), clock, ExhibitService.DEFAULT_MAX_BYTES);
            ChronologyService chronology = new ChronologyService(
                    List.of(new CaseLogRows(incidents, exhibits, clock.getZone())), clients, session.audit(),
                    session.user());
            long clientId = clients.create(ClientFixtures.lucja()).id();

            Random random = new Random(11);
            LocalDate today = LocalDate.now(clock);
            List<IncidentDraft> drafts = new ArrayList<>();
            Behaviour[] all = Behaviour.values();
            for (int i = 0; i < count; i++) {
                LocalDate day = today.minusDays((long) (count - i) * 730 / count);
                drafts.add(new IncidentDraft(day, null, null, null, false,
                        EnumSet.of(all[random.nextInt(all.length)], all[random.nextInt(all.length)]),
                        Channel.values()[random.nextInt(Channel.values().length)],
                        Place.values()[random.nextInt(Place.values().length)], "", List.of(),
                        "Message text number " + i, "Description of incident " + i + " in a sentence or two.",
                        "Afraid to go out.", true, "", false, Source.CLIENT, PoliceReport.NONE, null));
            }
            long t = System.nanoTime();
            List<Long> ids = incidents.recordAll(clientId, drafts);
            System.out.printf("recorded %d incidents in one transaction in %.1f s%n", count, (System.nanoTime() - t) / 1e9);
            for (int i = 0; i < 50; i++) {
                exhibits.receive(clientId, "photo-" + i + ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) i},
                        new Intake("JS", ids.get(random.nextInt(ids.size())), Acquisition.NONE, ""));
            }

            Timings.time(5, i -> () -> incidents.pattern(clientId)); // warm up
            long[] pattern = Timings.time(30, i -> () -> incidents.pattern(clientId));
            long[] chronologyAll = Timings.time(30, i -> () -> chronology.entries(clientId, ChronologyFilter.ALL));
            long[] log = Timings.time(30, i -> () -> incidents.log(clientId));
            System.out.println();
            System.out.println("One client, " + count + " incidents, 50 exhibits:");
            Timings.header();
            Timings.row("pattern (log read + all rules)", pattern);
            Timings.row("chronology (incidents + exhibits + signals)", chronologyAll);
            Timings.row("incident log only", log);
        }
    }
}
