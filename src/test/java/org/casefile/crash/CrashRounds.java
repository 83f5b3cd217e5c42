package org.casefile.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.casefile.UserFacingException;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientService;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.evidence.VerifiedContent;
import org.casefile.incident.IncidentRecord;
import org.casefile.incident.IncidentService;
import org.casefile.security.AuditVerification;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.store.StoreLocation;
import org.casefile.store.StoreLock;

/**
 * Kills a {@link CrashWriter} with SIGKILL at a random moment, round after round on one store, and after each
 * kill reopens the store the way Casefile does (its lock, then a sign-in) and checks that every write the writer
 * saw committed is there and whole, that nothing half-written is visible, and that the audit chain still holds.
 * Any problem fails the round with everything found.
 */
public final class CrashRounds {
    /** What one round saw. Times in milliseconds. */
    public record Round(int number, boolean killedFromStart, boolean killedBeforeReady, long killedAfterMs,
                        int incidents, int exhibits, int amendments, long roundMs, long reopenMs) {
    }

    private record Incident(String marker) {
    }

    private record Exhibit(long incidentId, int size, String sha256) {
    }

    private final Path work;
    private final Path storeDir;
    private final Random random;
    private final long maxKillDelayMs;
    private final long clientId;
    /** Everything any writer was told was committed, across rounds: a later crash must not lose it either. */
    private final Map<Long, Incident> incidents = new LinkedHashMap<>();
    private final Map<Long, Exhibit> exhibits = new LinkedHashMap<>();
    private final Map<Long, Map<Integer, String>> amendments = new LinkedHashMap<>();
    private int rounds;
    /** How long the last writer took to open the store: early kills are spread over that much time. */
    private volatile long openingMs = 5_000;

    private CrashRounds(Path work, long seed, long maxKillDelayMs) {
        this.work = work;
        this.storeDir = work.resolve("store");
        this.random = new Random(seed);
        this.maxKillDelayMs = maxKillDelayMs;
        try (Session session = TestStores.create(storeDir)) {
            ClientService clients = new ClientService(session.transactions(), session.audit(), session.user(),
                    Clock.systemDefaultZone());
            this.clientId = clients.create(ClientFixtures.named("Crash", "Rounds")).id();
        }
    }

    /** A new store in {@code work}/store with one client for the writer to write to. */
    public static CrashRounds create(Path work, long seed, long maxKillDelayMs) {
        return new CrashRounds(work, seed, maxKillDelayMs);
    }

    public Path storeDir() {
        return storeDir;
    }

    /** One round: start a writer, kill it, reopen and check. */
    public Round run() throws Exception {
        int number = ++rounds;
        long started = System.nanoTime();
        Path errors = work.resolve("writer-" + number + ".err");
        Process writer = new ProcessBuilder(javaCommand(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                storeDir.toString(), Long.toString(clientId), Integer.toString(number), Long.toString(random.nextLong()))
                .redirectError(errors.toFile())
                .start();
        writer.getOutputStream().close();
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(1);
        CountDownLatch firstWrite = new CountDownLatch(1);
        Thread reader = Thread.ofPlatform().daemon().start(() -> read(writer, lines, ready, firstWrite));
        Thread.ofPlatform().daemon().start(() -> {
            try {
                ready.await();
                openingMs = (System.nanoTime() - started) / 1_000_000;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        // Most rounds kill while incidents and evidence are being written; one in four kills at any moment from the
        // start, which can land in the lock, the sign-in, Flyway's check or Hibernate's start.
        boolean early = number % 4 == 2;
        long delay;
        if (early) {
            delay = random.nextLong(openingMs + openingMs / 5);
            Thread.sleep(delay);
        } else {
            if (!ready.await(240, TimeUnit.SECONDS)) {
                writer.destroyForcibly();
                throw new AssertionError("round " + number + ": the writer did not open the store: " + tail(errors));
            }
            // The delay counts from the first acknowledged write, so a slow, busy machine still has writes to lose
            // in every such round (the early rounds cover the moments before it).
            if (!firstWrite.await(60, TimeUnit.SECONDS)) {
                writer.destroyForcibly();
                throw new AssertionError("round " + number + ": the writer wrote nothing in a minute: " + tail(errors));
            }
            delay = random.nextLong(maxKillDelayMs + 1);
            Thread.sleep(delay);
        }
        if (!writer.isAlive()) {
            throw new AssertionError("round " + number + ": the writer stopped by itself (exit " + writer.exitValue()
                    + "): " + tail(errors));
        }
        writer.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no flushing, no unlocking
        if (!writer.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("round " + number + ": the writer survived SIGKILL");
        }
        reader.join(10_000);
        int exitCode = writer.exitValue();
        if (exitCode != 128 + 9) {
            throw new AssertionError("round " + number + ": the writer ended with " + exitCode + ", not by SIGKILL");
        }
        Seen seen = parse(number, lines);

        // The database exactly as the kill left it, before reopening changes it: what a failure is diagnosed from.
        Path asKilled = work.resolve("as-killed.mv.db");
        Files.copy(new StoreLocation(storeDir).databaseFile(), asKilled, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        long reopening = System.nanoTime();
        List<String> problems = new ArrayList<>();
        try (StoreLock lock = StoreLock.acquire(new StoreLocation(storeDir));
             Session session = TestStores.signIn(storeDir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            long reopenMs = (System.nanoTime() - reopening) / 1_000_000;
            check(session, seen, problems);
            if (!problems.isEmpty()) {
                List<String> said = lines.subList(Math.max(0, lines.size() - 4), lines.size());
                throw new AssertionError("round " + number + " (killed " + delay + " ms after "
                        + (early ? "start" : "ready") + "; store in " + storeDir + ", its database as the kill left it in "
                        + asKilled + "):\n  "
                        + String.join("\n  ", problems) + "\nthe writer's last words:\n  " + String.join("\n  ", said));
            }
            return new Round(number, early, !seen.ready, delay, seen.incidents.size(), seen.exhibits.size(),
                    seen.amended.size(), (System.nanoTime() - started) / 1_000_000, reopenMs);
        } catch (UserFacingException e) {
            throw new AssertionError("round " + number + ": the store did not open after the kill: " + e.getMessage(), e);
        }
    }

    /** Reads every exhibit of the case back against its hash: slow on a long run, so once at the end. */
    public void checkEverything() {
        try (StoreLock lock = StoreLock.acquire(new StoreLocation(storeDir));
             Session session = TestStores.signIn(storeDir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            Services s = new Services(session);
            List<String> damaged = s.exhibits.verifyAll(clientId);
            if (!damaged.isEmpty()) {
                throw new AssertionError("exhibits that no longer match their hash: " + damaged);
            }
            List<String> problems = new ArrayList<>();
            incidents.forEach((id, incident) -> checkIncident(s, id, incident, problems));
            if (!problems.isEmpty()) {
                throw new AssertionError(String.join("\n", problems));
            }
        }
    }

    public int incidentsCommitted() {
        return incidents.size();
    }

    public int exhibitsCommitted() {
        return exhibits.size();
    }

    private static final class Seen {
        boolean ready;
        final Map<Long, Incident> incidents = new LinkedHashMap<>();
        final Map<Long, Exhibit> exhibits = new LinkedHashMap<>();
        final java.util.Set<Long> amended = new java.util.HashSet<>();
    }

    private Seen parse(int number, List<String> lines) {
        Seen seen = new Seen();
        synchronized (lines) {
            for (String line : lines) {
                String[] w = line.split(" ");
                boolean whole = w.length > 1 && w[w.length - 1].equals(".");
                switch (w[0]) {
                    case "ready" -> seen.ready = true;
                    case "incident" -> {
                        if (whole && w.length == 4) {
                            Incident i = new Incident(w[2]);
                            seen.incidents.put(Long.parseLong(w[1]), i);
                            incidents.put(Long.parseLong(w[1]), i);
                        }
                    }
                    case "exhibit" -> {
                        if (whole && w.length == 6) {
                            Exhibit e = new Exhibit(Long.parseLong(w[2]), Integer.parseInt(w[3]), w[4]);
                            seen.exhibits.put(Long.parseLong(w[1]), e);
                            exhibits.put(Long.parseLong(w[1]), e);
                        }
                    }
                    case "amended" -> {
                        if (whole && w.length == 5) {
                            amendments.computeIfAbsent(Long.parseLong(w[1]), k -> new LinkedHashMap<>())
                                    .put(Integer.parseInt(w[2]), w[3]);
                            seen.amended.add(Long.parseLong(w[1]));
                        }
                    }
                    case "mismatch" -> throw new AssertionError("round " + number + ": the service's hash differs from "
                            + "the writer's own: " + line);
                    default -> {
                        // a log line from the writer's JVM: not ours to parse
                    }
                }
            }
        }
        return seen;
    }

    private void check(Session session, Seen seen, List<String> problems) {
        Services s = new Services(session);
        // What this round's writer saw committed, read back through the services as a caseworker would.
        seen.incidents.forEach((id, incident) -> checkIncident(s, id, incident, problems));
        seen.exhibits.forEach((id, exhibit) -> {
            try {
                VerifiedContent content = s.exhibits.content(id);
                ExhibitSummary summary = content.exhibit();
                if (!summary.sha256().equals(exhibit.sha256()) || content.bytes().length != exhibit.size()) {
                    problems.add("exhibit " + id + " is not the file the writer stored");
                }
                Long incidentId = summary.incidentId();
                if (incidentId == null || incidentId != exhibit.incidentId()) {
                    problems.add("exhibit " + id + " lost its incident");
                } else if (incidents.containsKey(incidentId)
                        && !summary.description().equals(incidents.get(incidentId).marker())) {
                    problems.add("exhibit " + id + " does not carry its incident's marker");
                }
            } catch (RuntimeException e) {
                problems.add("exhibit " + id + " cannot be read: " + e);
            }
        });
        // Amendments of incidents written before this round's last one.
        seen.amended.stream().filter(id -> !seen.incidents.containsKey(id))
                .forEach(id -> checkIncident(s, id, incidents.get(id), problems));

        // Nothing half-written anywhere in the store, whether the writer lived to report it or not.
        expectNone(session, problems, "incidents without their version in force", """
                select count(*) from incident i where not exists (
                  select 1 from incident_version v where v.incident_id = i.id and v.number = i.latest_version)""");
        expectNone(session, problems, "incidents whose versions are not 1..latest", """
                select count(*) from incident i
                where i.latest_version <> (select count(*) from incident_version v where v.incident_id = i.id)""");
        expectNone(session, problems, "exhibits without their bytes", """
                select count(*) from exhibit e where not exists (select 1 from exhibit_content c where c.exhibit_id = e.id)""");
        expectNone(session, problems, "exhibits whose size or hash was not recorded", """
                select count(*) from exhibit e join exhibit_content c on c.exhibit_id = e.id
                where length(e.sha256) <> 64 or octet_length(c.content) <> e.size_bytes""");
        expectNone(session, problems, "exhibits without a 'received' continuity entry", """
                select count(*) from exhibit e where not exists (
                  select 1 from custody_event c where c.exhibit_id = e.id and c.action = 'RECEIVED')""");
        expectNone(session, problems, "exhibits marked damaged", """
                select count(*) from exhibit e where e.damage_found_at is not null""");

        // At most one incident and one exhibit per round may have committed without the writer living to say so.
        long storedIncidents = count(session, "select count(*) from incident where client_id = " + clientId);
        long storedExhibits = count(session, "select count(*) from exhibit where client_id = " + clientId);
        if (storedIncidents < incidents.size() || storedIncidents > incidents.size() + rounds) {
            problems.add(storedIncidents + " incidents stored, " + incidents.size() + " reported committed");
        }
        if (storedExhibits < exhibits.size() || storedExhibits > exhibits.size() + rounds) {
            problems.add(storedExhibits + " exhibits stored, " + exhibits.size() + " reported committed");
        }
        AuditVerification audit = session.audit().verify();
        if (!audit.intact()) {
            problems.add("the audit chain is broken at entry " + audit.brokenAt() + " (" + audit.reasonKey() + ")");
        }
    }

    private void checkIncident(Services s, long id, Incident incident, List<String> problems) {
        try {
            IncidentRecord record = s.incidents.open(id);
            if (!record.original().draft().verbatim().equals(incident.marker())) {
                problems.add("incident " + id + " does not say what was written");
            }
            Map<Integer, String> amended = amendments.getOrDefault(id, Map.of());
            amended.forEach((version, text) -> {
                if (record.versions().size() < version
                        || !record.versions().get(version - 1).draft().description().equals(text)) {
                    problems.add("incident " + id + " lost its amendment " + version);
                }
            });
        } catch (RuntimeException e) {
            problems.add("incident " + id + " cannot be opened: " + e);
        }
    }

    private static void expectNone(Session session, List<String> problems, String what, String sql) {
        long n = count(session, sql);
        if (n != 0) {
            problems.add(n + " " + what);
        }
    }

    private static long count(Session session, String sql) {
        return session.transactions().read(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static void read(Process writer, List<String> lines, CountDownLatch ready, CountDownLatch firstWrite) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
                if (line.equals("ready")) {
                    ready.countDown();
                } else if (line.startsWith("incident ")) {
                    firstWrite.countDown();
                }
            }
        } catch (IOException e) {
            // the pipe closes when the writer is killed
        }
    }

    private static String tail(Path errors) {
        try {
            String text = Files.readString(errors);
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no error output)";
        }
    }

    /** The same java that runs the tests. */
    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private record Services(ClientService clients, IncidentService incidents, ExhibitService exhibits) {
        Services(Session session) {
            this(session, new ClientService(session.transactions(), session.audit(), session.user(),
                    Clock.systemDefaultZone()));
        }

        private Services(Session session, ClientService clients) {
            this(clients, new IncidentService(session.transactions(), clients, session.audit(), session.user(),
                    Clock.systemDefaultZone()), new ExhibitService(session.transactions(), clients, session.audit(),
                    session.user(), Clock.systemDefaultZone(), ExhibitService.DEFAULT_MAX_BYTES));
        }
    }
}
