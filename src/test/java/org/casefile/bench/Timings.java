package org.casefile.bench;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** Times repeated work and prints a Markdown table row of its percentiles. Benchmarks print; they never assert. */
final class Timings {
    private Timings() {
    }

    static long[] time(int n, IntFunction<Supplier<?>> work) {
        long[] micros = new long[n];
        for (int i = 0; i < n; i++) {
            Supplier<?> w = work.apply(i);
            long t = System.nanoTime();
            w.get();
            micros[i] = (System.nanoTime() - t) / 1000;
        }
        Arrays.sort(micros);
        return micros;
    }

    static void header() {
        System.out.println("| measure | n | p50 ms | p95 ms | max ms |");
        System.out.println("|---|---|---|---|---|");
    }

    static void row(String what, long[] sortedMicros) {
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", what, sortedMicros.length,
                pct(sortedMicros, 0.50), pct(sortedMicros, 0.95), sortedMicros[sortedMicros.length - 1] / 1000.0);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }
}
