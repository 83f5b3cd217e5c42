package org.casefile.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.casefile.CaseServices;
import org.casefile.Entities;
import org.casefile.bundle.BundleKind;
import org.casefile.cli.CasefileCommand;
import org.casefile.bundle.BundleProgress;
import org.casefile.bundle.BundleRequest;
import org.casefile.bundle.BundleResult;
import org.casefile.chronology.ChronologyFilter;
import org.casefile.client.CaseloadFilter;
import org.casefile.client.ClientSummary;
import org.casefile.importing.ImportInput;
import org.casefile.importing.ImportOptions;
import org.casefile.importing.Importers;
import org.casefile.importing.ParsedFile;
import org.casefile.importing.PartyIdentifiers;
import org.casefile.importing.Proposer;
import org.casefile.search.SearchService;
import org.casefile.security.Role;
import org.casefile.security.Session;
import org.casefile.security.SignIn;
import org.casefile.security.User;
import org.casefile.settings.Settings;
import org.casefile.store.Argon2Params;
import org.casefile.store.StoreLocation;

/**
 * The benchmark table of issue 10, measured on an existing store (made by {@code casefile demo}): cold start in
 * fresh JVMs against a bare JavaFX window, then a caseworker's everyday waits through the real services, the
 * store's size and memory. Each row stands beside its target with PASS or MISS; rows without a target say INFO.
 * The store is changed only as using it changes it (sign-ins, audited opens, a chronology export's audit entry).
 */
public final class BenchSuite {
    private static final long MB = 1024L * 1024L;

    /** How to run: {@code coldStartRuns} 0 skips the window rows (they say "not run"), as the smoke test does. */
    public record Options(Path store, String admin, String user, char[] password, int coldStartRuns,
                          long typingMillis, long idleMillis, int importMessages, Argon2Params argon2) {
    }

    public enum Verdict { PASS, MISS, INFO, NOT_RUN }

    /**
     * One line of the table: the wall-clock result, the CPU time it took (the machine is shared, so CPU time
     * shows what the wait would be on an idle one), and a verdict against the target for each.
     */
    public record Row(String measure, String result, String cpu, String target, Verdict verdict, Verdict cpuVerdict) {
        Row(String measure, String result, String cpu) {
            this(measure, result, cpu, "—", Verdict.INFO, Verdict.INFO);
        }
    }

    private final Options options;
    private final Clock clock = Clock.systemDefaultZone();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String classpath = System.getProperty("java.class.path");

    public BenchSuite(Options options) {
        this.options = options;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public BenchSuite run() throws Exception {
        long storeBefore = size(options.store());
        String user = options.user() != null ? options.user() : firstCaseworker();
        coldStart(user);
        services(user);
        long storeAfter = size(options.store());
        rows.add(bytes("store on disk, as given", storeBefore, 2048 * MB));
        rows.add(bytes("store on disk, after the suite's clean close", storeAfter, 2048 * MB));
        long hwm = status("VmHWM");
        rows.add(new Row("benchmark JVM: peak RSS / peak heap (services rows)", mb(hwm) + " / " + mb(heapPeak()),
                "—"));
        return this;
    }

    // ---- cold start ------------------------------------------------------------------------------------------

    /** The window rows, in order; the smoke test expects them all, "not run" when there are no cold starts. */
    static final List<String> WINDOW_ROWS = List.of("cold start: bare JavaFX window shown (baseline)",
            "cold start: unlock screen shown", "unlock → dashboard shown", "unlock → dashboard lists filled",
            "window: RSS idle at the dashboard", "window: RSS idle less the system's GL driver",
            "window: peak RSS / peak heap",
            "AOT cache (as packaged): unlock screen shown", "AOT cache: unlock → dashboard shown",
            "AOT cache: unlock → dashboard lists filled", "AOT cache: RSS idle at the dashboard",
            "AOT cache: RSS idle less the system's GL driver");

    private void coldStart(String user) throws Exception {
        if (options.coldStartRuns() <= 0) {
            for (String what : WINDOW_ROWS) {
                rows.add(new Row(what, "not run", "—", "—", Verdict.NOT_RUN, Verdict.NOT_RUN));
            }
            return;
        }
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        if (display == null || display.isBlank()) {
            display = ":" + (90 + new Random().nextInt(400));
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(1500);
            if (!xvfb.isAlive()) {
                throw new IllegalStateException("Xvfb did not start: install it (apt-get install xvfb libgtk-3-0)");
            }
        }
        Path work = Files.createTempDirectory("casefile-bench-aot");
        try {
            // The JDK's AOT cache takes only jars: both kinds of run use the same jars, so only the cache differs.
            classpath = ProbeClasspath.asJars(System.getProperty("java.class.path"), work.resolve("jars"));
            Path cache = trainAotCache(display, work);
            int runs = options.coldStartRuns();
            long[] bare = new long[runs];
            long[] bareCpu = new long[runs];
            Starts plain = new Starts(runs);
            Starts cached = new Starts(runs);
            List<String> app = List.of("app", options.store().toString(), user, Long.toString(options.typingMillis()),
                    Long.toString(options.idleMillis()));
            for (int run = 0; run < runs; run++) {
                Map<String, Long> b = probe(display, List.of("bare"), null, List.of());
                bare[run] = b.get("windowShown") - b.get("launched");
                bareCpu[run] = b.get("cpu_windowShown");
                plain.add(run, probe(display, app, options.password(), List.of()));
                cached.add(run, probe(display, app, options.password(), aot("-XX:AOTCache=" + cache)));
            }
            rows.add(new Row("cold start: bare JavaFX window shown (baseline)", millis(median(bare)),
                    millis(median(bareCpu))));
            rows.add(new Row("cold start: unlock screen shown", millis(median(plain.unlock)) + " ("
                    + signed(median(plain.unlock) - median(bare)) + " over the baseline)",
                    millis(median(plain.unlockCpu)) + " (" + signed(median(plain.unlockCpu) - median(bareCpu)) + ")"));
            rows.add(limit("unlock → dashboard shown", median(plain.shown), median(plain.shownCpu), 1500));
            rows.add(limit("unlock → dashboard lists filled", median(plain.filled), median(plain.filledCpu), 1500));
            rows.add(bytes("window: RSS idle at the dashboard", median(plain.idleRss), 300 * MB));
            rows.add(bytes("window: RSS idle less the system's GL driver", median(plain.ownRss()), 300 * MB));
            rows.add(new Row("window: peak RSS / peak heap", mb(median(plain.peakRss)) + " / "
                    + mb(median(plain.peakHeap)), "—"));
            rows.add(new Row("AOT cache (as packaged): unlock screen shown", millis(median(cached.unlock)) + " ("
                    + signed(median(cached.unlock) - median(plain.unlock)) + " against no cache)",
                    millis(median(cached.unlockCpu)) + " (" + signed(median(cached.unlockCpu) - median(plain.unlockCpu))
                    + ")"));
            rows.add(limit("AOT cache: unlock → dashboard shown", median(cached.shown), median(cached.shownCpu), 1500));
            rows.add(limit("AOT cache: unlock → dashboard lists filled", median(cached.filled),
                    median(cached.filledCpu), 1500));
            rows.add(bytes("AOT cache: RSS idle at the dashboard", median(cached.idleRss), 300 * MB));
            rows.add(bytes("AOT cache: RSS idle less the system's GL driver", median(cached.ownRss()), 300 * MB));
            notes.add("cold start: median of " + runs + " runs each, a real window under Xvfb ("
                    + (xvfb == null ? "the DISPLAY given" : "started by the suite") + "), GTK, software rendering;"
                    + " times from process launch; Unlock pressed " + options.typingMillis() + " ms after the"
                    + " unlock screen showed, as a person types; RSS idle = " + options.idleMillis()
                    + " ms after the lists filled");
            notes.add("AOT cache rows: the JDK's cache (-XX:AOTCache, as the packaged app has) made by one training"
                    + " run that signed a caseworker into a small demo store of its own (8 clients), as"
                    + " packaging/linux/aot-train.sh does; the cache was " + mb(Files.size(cache)) + " and its"
                    + " mapped pages count in RSS");
            notes.add("GL driver: GTK 3 on X11 opens GLX at start to choose its window visuals, which maps the"
                    + " display's OpenGL driver into every GTK program; under Xvfb that is Mesa's software driver"
                    + " (libLLVM, swrast/llvmpipe: " + mb(median(plain.glDriver)) + " resident here), on a laptop"
                    + " its GPU's driver. Those are shared library pages of the system, not Casefile's memory; the"
                    + " 'less the system's GL driver' rows take them out");
        } finally {
            classpath = System.getProperty("java.class.path");
            deleteQuietly(work);
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The window probes of one kind, run by run. */
    private static final class Starts {
        final long[] unlock;
        final long[] unlockCpu;
        final long[] shown;
        final long[] shownCpu;
        final long[] filled;
        final long[] filledCpu;
        final long[] idleRss;
        final long[] peakRss;
        final long[] peakHeap;
        final long[] glDriver;

        Starts(int runs) {
            glDriver = new long[runs];
            unlock = new long[runs];
            unlockCpu = new long[runs];
            shown = new long[runs];
            shownCpu = new long[runs];
            filled = new long[runs];
            filledCpu = new long[runs];
            idleRss = new long[runs];
            peakRss = new long[runs];
            peakHeap = new long[runs];
        }

        void add(int run, Map<String, Long> a) {
            if (!a.containsKey("done")) {
                throw new IllegalStateException("the app probe did not reach the dashboard: " + a.keySet());
            }
            unlock[run] = a.get("unlockShown") - a.get("launched");
            unlockCpu[run] = a.get("cpu_unlockShown");
            shownCpu[run] = a.get("cpu_dashboardShown") - a.get("cpu_unlockPressed");
            filledCpu[run] = a.get("cpu_dashboardFilled") - a.get("cpu_unlockPressed");
            shown[run] = a.get("dashboardShown") - a.get("unlockPressed");
            filled[run] = a.get("dashboardFilled") - a.get("unlockPressed");
            idleRss[run] = a.get("VmRSSIdle");
            peakRss[run] = a.get("VmHWMIdle");
            peakHeap[run] = a.get("heapPeak");
            glDriver[run] = a.get("glDriverRssIdle");
        }

        long[] ownRss() {
            long[] own = new long[idleRss.length];
            for (int i = 0; i < own.length; i++) {
                own[i] = idleRss[i] - glDriver[i];
            }
            return own;
        }
    }

    /**
     * Trains an AOT cache the way the packaged app's is trained: a small demo store of its own, a caseworker signs
     * in through the real window and the dashboard fills; the JDK writes the cache as that JVM exits.
     */
    private Path trainAotCache(String display, Path work) throws Exception {
        Path store = work.resolve("training-store");
        char[] password = "a training passphrase for the cache".toCharArray();
        CasefileCommand demo = new CasefileCommand(location -> { }, Map.of("CASEFILE_PASSWORD", new String(password)),
                null, clock, Settings.load(work.resolve("settings.properties")));
        int made = CasefileCommand.commandLine(demo)
                .execute("--store", store.toString(), "demo", "--clients", "8", "--incidents-per-client", "6");
        if (made != 0) {
            throw new IllegalStateException("the demo store for AOT training was not made (exit " + made + ")");
        }
        String caseworker;
        SignIn signIn = new SignIn(new StoreLocation(store), Entities.all(), clock, Argon2Params.DEFAULT);
        try (Session session = signIn.unlock("admin", password.clone())) {
            caseworker = session.users().all().stream().filter(u -> u.role() == Role.CASEWORKER)
                    .map(User::username).findFirst().orElseThrow();
        }
        Path cache = work.resolve("casefile.aot");
        Map<String, Long> trained = probe(display, List.of("app", store.toString(), caseworker,
                Long.toString(options.typingMillis()), "1000"), password, aot("-XX:AOTCacheOutput=" + cache));
        if (!trained.containsKey("done") || !Files.isRegularFile(cache)) {
            throw new IllegalStateException("the AOT training run wrote no cache: " + trained.keySet());
        }
        return cache;
    }

    /** An AOT option, with the JDK's own AOT messages kept to errors on standard error (as the packaged app). */
    private static List<String> aot(String option) {
        return List.of(option, "-Xlog:aot*=off", "-Xlog:aot*=error:stderr");
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temporary folder
        }
    }

    /** Starts a fresh JVM on this classpath and collects its {@code probe} lines, plus when it was launched. */
    private Map<String, Long> probe(String display, List<String> args, char[] password, List<String> jvmOptions)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        // The packaged launcher's own options (heap limit, GC), so memory and start-up are those of what ships.
        command.addAll(LauncherOptions.read());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dprism.order=sw", "-Duser.language=en", "-Duser.country=GB",
                "-Dcasefile.logDir=" + Files.createTempDirectory("casefile-bench-log"),
                "-cp", classpath, ColdStartProbe.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        builder.environment().remove("CASEFILE_PASSWORD");
        Map<String, Long> seen = new HashMap<>();
        seen.put("launched", System.currentTimeMillis());
        Process p = builder.start();
        try (OutputStream in = p.getOutputStream()) {
            if (password != null) {
                in.write((new String(password) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts.length == 3 && parts[0].equals("probe") && !parts[1].equals("failed")) {
                    seen.put(parts[1], Long.parseLong(parts[2]));
                }
            }
        }
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        return seen;
    }

    // ---- the services ----------------------------------------------------------------------------------------

    private void services(String user) throws Exception {
        SignIn signIn = new SignIn(new StoreLocation(options.store()), Entities.all(), clock, options.argon2());
        try (Session session = signIn.unlock(user, options.password().clone())) {
            CaseServices ws = CaseServices.open(session, clock);
            List<ClientSummary> mine = ws.clients().caseload(new CaseloadFilter(Set.of(), Set.of(),
                    session.user().id()));
            // Search and opening reach every client the caseworker may see (not restricted), not only her own.
            List<ClientSummary> visible = ws.clients().caseload(CaseloadFilter.ALL);
            notes.add("services rows: signed in as a caseworker allocated " + mine.size() + " cases ("
                    + mine.stream().filter(c -> c.status().isActive()).count() + " current), who can see "
                    + String.format(Locale.ROOT, "%,d", visible.size()) + " clients");
            search(ws, visible);
            Map<Long, Long> counts = incidentCounts(session);
            long heavy = visible.stream().map(ClientSummary::id).filter(counts::containsKey)
                    .max((x, y) -> Long.compare(counts.get(x), counts.get(y))).orElseThrow();
            long heavyCount = counts.get(heavy);
            List<Long> heavies = visible.stream().map(ClientSummary::id)
                    .filter(id -> counts.getOrDefault(id, 0L) >= Math.min(1000, heavyCount)).toList();
            int n = 20;
            for (int i = 0; i < 3; i++) {
                open(ws, heavies.get(i % heavies.size()));
            }
            Sample open = time(n, i -> () -> open(ws, heavies.get(i % heavies.size())));
            rows.add(limit("open a client with " + String.format(Locale.ROOT, "%,d", heavyCount)
                    + " incidents (overview + incident log), p95 of " + n, open.p95Wall() / 1000,
                    open.p95Cpu() / 1000, 300));
            Sample pattern = time(n, i -> () -> ws.incidents().pattern(heavies.get(i % heavies.size())));
            rows.add(limit("pattern view of that client, p95 of " + n, pattern.p95Wall() / 1000,
                    pattern.p95Cpu() / 1000, 300));
            Path csv = Files.createTempFile("casefile-bench", ".csv");
            try {
                Sample export = time(5, i -> () -> ws.chronology().exportCsv(heavy, ChronologyFilter.ALL, csv));
                rows.add(new Row("chronology export (CSV) of that client, median of 5",
                        millis(export.wall()[2] / 1000), millis(export.cpu()[2] / 1000)));
            } finally {
                Files.deleteIfExists(csv);
            }
            bundle(session, ws, mine, counts);
            importChat();
        }
    }

    /**
     * What a person types into the search box about 60 of {@code clients}: growing prefixes of a family name,
     * the start of an alias, a reference number's tail, the tail of a phone number.
     */
    static List<String> typedQueries(List<ClientSummary> clients, Random random) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ClientSummary c = clients.get(random.nextInt(clients.size()));
            String family = c.name().substring(c.name().lastIndexOf(' ') + 1);
            for (int len = 2; len <= Math.min(6, family.length()); len++) {
                queries.add(family.substring(0, len));
            }
            if (!c.aliases().isEmpty()) {
                String alias = c.aliases().split(", ")[0];
                queries.add(alias.substring(0, Math.min(4, alias.length())));
            }
            queries.add(c.reference().substring(Math.min(7, c.reference().length())));
            queries.add("900 " + (100 + random.nextInt(900)));
        }
        return queries;
    }

    private void search(CaseServices ws, List<ClientSummary> mine) {
        List<String> queries = typedQueries(mine, new Random(3));
        for (String q : queries.subList(0, 20)) {
            ws.search().search(q, SearchService.DEFAULT_LIMIT);
        }
        Sample t = time(queries.size(), i -> () -> ws.search().search(queries.get(i),
                SearchService.DEFAULT_LIMIT));
        rows.add(new Row("client search, p50", decimal(t.wall()[t.wall().length / 2]),
                decimal(t.cpu()[t.cpu().length / 2])));
        notes.add("search: " + t.wall().length + " queries as typed (prefixes of family names and aliases, reference"
                + " numbers, phone tails), after 20 to warm up");
        rows.add(new Row("client search, p95", decimal(t.p95Wall()), decimal(t.p95Cpu()), "under 50 ms",
                t.p95Wall() < 50_000 ? Verdict.PASS : Verdict.MISS, t.p95Cpu() < 50_000 ? Verdict.PASS : Verdict.MISS));
    }

    /** What the client overview loads when opened, and the incident log beside it. */
    private static Object open(CaseServices ws, long clientId) {
        return List.of(ws.clients().open(clientId), ws.perpetrators().forClient(clientId),
                ws.clients().history(clientId), ws.clients().caseworkers(), ws.incidents().log(clientId));
    }

    private void bundle(Session session, CaseServices ws, List<ClientSummary> mine, Map<Long, Long> counts)
            throws IOException {
        Set<Long> ids = new java.util.HashSet<>(mine.stream().map(ClientSummary::id).toList());
        // A typical case with evidence: the client of this caseload with screenshots and the fewest incidents.
        List<Object[]> withExhibits = session.transactions().read(em -> em.createQuery(
                "select e.clientId, count(e) from Exhibit e group by e.clientId", Object[].class).getResultList());
        long client = withExhibits.stream().filter(r -> ids.contains((Long) r[0]))
                .min((x, y) -> Long.compare(counts.getOrDefault((Long) x[0], 0L), counts.getOrDefault((Long) y[0], 0L)))
                .map(r -> (Long) r[0]).orElse(mine.get(0).id());
        Path dir = Files.createTempDirectory("casefile-bench-bundle");
        try {
            long t = System.nanoTime();
            long cpu = processCpuMillis();
            BundleResult result = ws.bundles().make(BundleRequest.standard(client, BundleKind.COURT,
                    dir.resolve("bundle.pdf")), BundleProgress.NONE);
            long ms = (System.nanoTime() - t) / 1_000_000;
            cpu = processCpuMillis() - cpu;
            rows.add(new Row("court bundle of a client with " + counts.getOrDefault(client, 0L) + " incidents and "
                    + withExhibits.stream().filter(r -> r[0].equals(client)).map(r -> r[1]).findFirst().orElse(0L)
                    + " screenshots (" + result.pages() + " pages)", millis(ms), millis(cpu) + " (process)"));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private void importChat() throws Exception {
        Path file = Files.createTempFile("casefile-bench-chat", ".txt");
        try {
            ImportBenchmarkTest.write(file, options.importMessages());
            long[] ms = new long[3];
            long[] cpu = new long[3];
            for (int run = 0; run < ms.length; run++) {
                long t = System.nanoTime();
                long c = processCpuMillis();
                ParsedFile parsed = Importers.parse(ImportInput.of(file), ImportOptions.defaults());
                Proposer.propose(parsed, List.of(PartyIdentifiers.of(1, "Dan Ashworth", List.of("Dan Ashworth"),
                        List.of("07700 900123"), List.of())), Proposer.DEFAULT_GAP, List.of(), LocalDate.of(2030, 1, 1));
                ms[run] = (System.nanoTime() - t) / 1_000_000;
                cpu[run] = processCpuMillis() - c;
            }
            rows.add(limit("import: WhatsApp export of " + String.format(Locale.ROOT, "%,d", options.importMessages())
                    + " messages, parse + propose, median of 3", median(ms), median(cpu), 2000));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Map<Long, Long> incidentCounts(Session session) {
        Map<Long, Long> counts = new HashMap<>();
        session.transactions().read(em -> em.createQuery(
                "select i.clientId, count(i) from Incident i group by i.clientId", Object[].class).getResultList())
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    private String firstCaseworker() {
        SignIn signIn = new SignIn(new StoreLocation(options.store()), Entities.all(), clock, options.argon2());
        try (Session session = signIn.unlock(options.admin(), options.password().clone())) {
            return session.users().all().stream().filter(u -> u.role() == Role.CASEWORKER).map(User::username)
                    .findFirst().orElseThrow(() -> new IllegalStateException("the store has no caseworker"));
        }
    }

    // ---- printing ----------------------------------------------------------------------------------------------

    public String table() {
        StringBuilder b = new StringBuilder("| measure | wall clock | CPU time | target | verdict | on CPU time |\n"
                + "|---|---|---|---|---|---|\n");
        rows.forEach(r -> b.append("| ").append(r.measure()).append(" | ").append(r.result()).append(" | ")
                .append(r.cpu()).append(" | ").append(r.target()).append(" | ").append(word(r.verdict()))
                .append(" | ").append(word(r.cpuVerdict())).append(" |\n"));
        notes.forEach(n -> b.append("\n- ").append(n));
        return b.append('\n').toString();
    }

    /** The machine the numbers came from. */
    public static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> l.replaceAll("\\D", "")).findFirst().orElse("0");
        return String.format(Locale.ROOT, "%d cores (%s), %.1f GiB, %s %s, Java %s, load average %s",
                Runtime.getRuntime().availableProcessors(), cpu, Long.parseLong(mem) / 1024.0 / 1024.0,
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"),
                Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0] + " "
                        + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[1]);
    }

    private static String word(Verdict v) {
        return switch (v) {
            case NOT_RUN -> "not run";
            case INFO -> "—";
            default -> v.name();
        };
    }

    private static Row bytes(String measure, long bytes, long limitBytes) {
        Verdict v = bytes < limitBytes ? Verdict.PASS : Verdict.MISS;
        return new Row(measure, mb(bytes), "—", "under " + mb(limitBytes), v, Verdict.INFO);
    }

    private static Row limit(String measure, long ms, long cpuMs, long limitMs) {
        return new Row(measure, millis(ms), millis(cpuMs), "under " + millis(limitMs),
                ms < limitMs ? Verdict.PASS : Verdict.MISS, cpuMs < limitMs ? Verdict.PASS : Verdict.MISS);
    }

    /** Wall-clock and CPU microseconds of each run, each sorted. */
    private record Sample(long[] wall, long[] cpu) {
        long p95Wall() {
            return wall[p95(wall)];
        }

        long p95Cpu() {
            return cpu[p95(cpu)];
        }
    }

    /** Like {@link Timings#time}, also taking this thread's CPU time (H2 runs on the caller's thread). */
    private static Sample time(int n, java.util.function.IntFunction<java.util.function.Supplier<?>> work) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[n];
        long[] cpu = new long[n];
        for (int i = 0; i < n; i++) {
            java.util.function.Supplier<?> w = work.apply(i);
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            w.get();
            wall[i] = (System.nanoTime() - t) / 1000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Sample(wall, cpu);
    }

    private static long processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static String decimal(long micros) {
        return String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
    }

    private static String millis(long ms) {
        return ms >= 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000.0) : String.format(Locale.ROOT, "%,d ms", ms);
    }

    private static String signed(long ms) {
        return (ms >= 0 ? "+" : "−") + millis(Math.abs(ms));
    }

    private static String mb(long bytes) {
        return bytes >= 1024 * MB ? String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * MB))
                : String.format(Locale.ROOT, "%,d MB", bytes / MB);
    }

    private static int p95(long[] sorted) {
        return Math.min(sorted.length - 1, (int) Math.ceil(0.95 * sorted.length) - 1);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long status(String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field + ":"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(0L);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
    }
}
