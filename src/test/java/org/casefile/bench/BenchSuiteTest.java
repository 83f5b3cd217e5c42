package org.casefile.bench;

import java.nio.file.Path;
import org.casefile.store.Argon2Params;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's benchmark table on a demo store, each row beside its target. One command (see
 * docs/performance.md):
 * <pre>CASEFILE_PASSWORD='the demo password' mvn -o -Pbench test -Dtest=BenchSuiteTest \
 *     -Dcasefile.bench.store=/path/to/demo-store</pre>
 * Optional: {@code -Dcasefile.bench.user=NAME} (default: the store's first caseworker),
 * {@code -Dcasefile.bench.admin=NAME} (default admin), {@code -Dcasefile.bench.coldStartRuns=3}.
 * Cold start needs Xvfb (started by the suite when DISPLAY is unset) and GTK 3. Prints; asserts nothing about time.
 */
@Tag("benchmark")
class BenchSuiteTest {
    @Test
    void printsTheTableOnADemoStore() throws Exception {
        String store = System.getProperty("casefile.bench.store");
        String password = System.getenv("CASEFILE_PASSWORD");
        if (store == null || password == null) {
            throw new IllegalStateException("give the demo store with -Dcasefile.bench.store=DIR and its password in"
                    + " CASEFILE_PASSWORD (make one with: casefile --store DIR demo --clients 10000"
                    + " --incidents-per-client 100 --seed 7)");
        }
        BenchSuite suite = new BenchSuite(new BenchSuite.Options(Path.of(store),
                System.getProperty("casefile.bench.admin", "admin"), System.getProperty("casefile.bench.user"),
                password.toCharArray(), Integer.getInteger("casefile.bench.coldStartRuns", 3), 3000, 30_000,
                100_000, Argon2Params.DEFAULT)).run();
        System.out.println();
        System.out.println("Machine: " + BenchSuite.machine());
        System.out.println("Store: " + store);
        System.out.println();
        System.out.print(suite.table());
    }
}
