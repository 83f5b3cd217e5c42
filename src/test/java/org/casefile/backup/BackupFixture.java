package org.casefile.backup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.evidence.Intake;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Incidents;
import org.casefile.security.Session;

/** A small case with incidents and an exhibit, and a clock tests move by hand. */
final class BackupFixture {
    static final String MARKER = "Quokka-Marker-b4c9e2";

    private BackupFixture() {
    }

    record Case(ClientRecord client, ClientService clients, IncidentService incidents, ExhibitService exhibits,
                ExhibitSummary exhibit) {
    }

    static Case aCase(Session session, Clock clock) {
        ClientService clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
        IncidentService incidents = new IncidentService(session.transactions(), clients, session.audit(),
                session.user(), clock);
        ExhibitService exhibits = new ExhibitService(session.transactions(), clients, session.audit(), session.user(),
                clock, ExhibitService.DEFAULT_MAX_BYTES);
        ClientRecord client = clients.create(ClientFixtures.named("Ada", MARKER));
        incidents.record(client.id(), Incidents.on(java.time.LocalDate.now().minusDays(3), Behaviour.values()[0]));
        ExhibitSummary exhibit = exhibits.receive(client.id(), "note.txt",
                ("A note about " + MARKER + " kept as evidence.\n").repeat(50).getBytes(StandardCharsets.UTF_8),
                new Intake("JS", null, new Acquisition("The client", "Email", "Her phone"), "A note"));
        return new Case(client, clients, incidents, exhibits, exhibit);
    }

    static boolean contains(Path file, String text) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static List<Path> files(Path folder) throws java.io.IOException {
        try (var s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    /** A clock that stands still until moved. */
    static final class HandClock extends Clock {
        private volatile Instant now;

        HandClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
