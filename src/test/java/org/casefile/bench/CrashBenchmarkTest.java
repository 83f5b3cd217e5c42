package org.casefile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casefile.crash.CrashRounds;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The long crash run: {@code -Dbench.crashRounds} (default 50) rounds of a writer JVM killed with SIGKILL at a
 * random moment, each followed by a reopen and a check of every acknowledged write ({@link CrashRounds} fails the
 * run on the first loss). Prints a row per round and the totals. Run with
 * {@code mvn -Pbench test -Dtest=CrashBenchmarkTest}; {@code -Dbench.keep=true} keeps the store and the
 * writers' error output, {@code -Dbench.crashSeed} repeats a run's choices (not its timing).
 */
@Tag("benchmark")
class CrashBenchmarkTest {
    @Test
    void fiftyKillsLoseNothing() throws Exception {
        int count = Integer.getInteger("bench.crashRounds", 50);
        long seed = Long.getLong("bench.crashSeed", System.nanoTime());
        Path work = Files.createTempDirectory("casefile-bench-crash");
        System.out.printf("%nCrash rounds: %d, seed %d, store %s%n", count, seed, work);
        System.out.println("| round | killed | ms after | incidents | exhibits | amendments | reopen ms | round ms |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        CrashRounds rounds = CrashRounds.create(work, seed, 2_000);
        List<Long> reopen = new ArrayList<>();
        List<Long> roundTimes = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            CrashRounds.Round r = rounds.run();
            System.out.printf("| %d | %s | %d (%s) | %d | %d | %d | %d | %d |%n", r.number(),
                    r.killedBeforeReady() ? "while opening" : "while writing", r.killedAfterMs(),
                    r.killedFromStart() ? "start" : "ready", r.incidents(), r.exhibits(), r.amendments(), r.reopenMs(), r.roundMs());
            reopen.add(r.reopenMs() * 1000);
            roundTimes.add(r.roundMs() * 1000);
        }
        long checking = System.nanoTime();
        rounds.checkEverything();
        System.out.printf("%n%d rounds in %.0f s: %d incidents and %d exhibits acknowledged, all present and whole; "
                        + "final check of every exhibit's hash %.1f s%n", count, (System.nanoTime() - started) / 1e9,
                rounds.incidentsCommitted(), rounds.exhibitsCommitted(), (System.nanoTime() - checking) / 1e9);
        Timings.header();
        Timings.row("reopen after SIGKILL (lock + sign-in + checks' open)", sorted(reopen));
        Timings.row("round (start writer, kill, reopen, check)", sorted(roundTimes));
        if (!Boolean.getBoolean("bench.keep")) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long[] sorted(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }
}
