package org.casefile.crash;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.casefile.client.ClientService;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.evidence.Intake;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Channel;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentRecord;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Place;
import org.casefile.incident.PoliceReport;
import org.casefile.incident.Source;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.store.StoreLocation;
import org.casefile.store.StoreLock;

/**
 * Run in a JVM of its own by the crash tests, which kill it with SIGKILL. Opens a store the way a command does
 * (the lock, then a sign-in), then writes incidents with evidence through the real services until it is killed.
 * After each commit returns it prints one line on stdout, so the test knows exactly what was acknowledged:
 * <pre>
 *   ready
 *   incident ID MARKER .
 *   exhibit ID INCIDENT-ID SIZE SHA256 .
 *   amended ID VERSION MARKER .
 * </pre>
 * The trailing dot shows the line arrived whole. Arguments: store folder, client id, round, seed.
 */
public final class CrashWriter {
    /** Kept reachable, so the collector never closes the lock's channel behind our back. */
    private static StoreLock held;

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long clientId = Long.parseLong(args[1]);
        int round = Integer.parseInt(args[2]);
        Random random = new Random(Long.parseLong(args[3]));
        PrintStream out = System.out;
        Clock clock = Clock.systemDefaultZone();
        // Never released: the only way this process ends is a kill, which must not leave the store locked.
        held = StoreLock.acquire(new StoreLocation(dir));
        Session session = TestStores.signIn(dir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone());
        ClientService clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
        IncidentService incidents = new IncidentService(session.transactions(), clients, session.audit(), session.user(),
                clock);
        ExhibitService exhibits = new ExhibitService(session.transactions(), clients, session.audit(), session.user(),
                clock, ExhibitService.DEFAULT_MAX_BYTES);
        say(out, "ready");
        IncidentRecord previous = null;
        for (int i = 1; ; i++) {
            String marker = marker(round, i, random);
            IncidentRecord incident = incidents.record(clientId, draft(clock, marker, "Left a note on the car."));
            say(out, "incident " + incident.id() + " " + marker + " .");

            byte[] bytes = new byte[size(random)];
            random.nextBytes(bytes);
            ExhibitSummary exhibit = exhibits.receive(clientId, "evidence-" + round + "-" + i + ".bin", bytes,
                    new Intake("JS", incident.id(), Acquisition.NONE, marker));
            String sha = sha256(bytes);
            if (!sha.equals(exhibit.sha256())) {
                say(out, "mismatch " + exhibit.id() + " .");
            }
            say(out, "exhibit " + exhibit.id() + " " + incident.id() + " " + bytes.length + " " + sha + " .");

            if (previous != null && i % 3 == 0) {
                String amendment = marker + "-amended";
                IncidentRecord amended = incidents.amend(previous.id(), previous.latestVersion(),
                        draft(clock, previous.original().draft().verbatim(), amendment), "Client remembered more");
                say(out, "amended " + amended.id() + " " + amended.latestVersion() + " " + amendment + " .");
            }
            previous = incident;
        }
    }

    /** The incident text: the marker is what was said, so a half-written version would not carry it. */
    static IncidentDraft draft(Clock clock, String verbatim, String description) {
        return new IncidentDraft(LocalDate.now(clock), null, null, null, false, Set.of(Behaviour.values()[0]),
                Channel.values()[0], Place.values()[0], "", List.of(), verbatim, description, "Worried.", true, "",
                false, Source.CLIENT, PoliceReport.NONE, null);
    }

    private static String marker(int round, int i, Random random) {
        return "crash-r" + round + "-i" + i + "-" + Long.toHexString(random.nextLong() >>> 1);
    }

    /** Mostly small files, some of a few hundred kilobytes, so a kill can land inside a long write too. */
    private static int size(Random random) {
        int bits = 8 + random.nextInt(11); // 256 B .. 512 KiB
        return (1 << bits) + random.nextInt(1 << bits);
    }

    private static void say(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
