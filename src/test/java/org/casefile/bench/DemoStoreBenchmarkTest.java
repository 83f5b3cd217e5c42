package org.casefile.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.casefile.Entities;
import org.casefile.chronology.ChronologyFilter;
import org.casefile.client.CaseloadFilter;
import org.casefile.client.ClientSummary;
import org.casefile.security.Session;
import org.casefile.security.SignIn;
import org.casefile.store.StoreLocation;
import org.casefile.ui.Workspace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Timings on a store made by {@code casefile demo} (say 10,000 clients with 100 incidents each): what a
 * caseworker waits for when opening a client's pattern and chronology, and the dashboard's review check over
 * their whole caseload. Prints; asserts nothing about time.
 * <pre>mvn -Pbench test -Dtest=DemoStoreBenchmarkTest -Dbench.store=/tmp/demo10k -Dbench.user=fiqbal
 *     -Dbench.password='the demo password'</pre>
 */
@Tag("benchmark")
class DemoStoreBenchmarkTest {
    @Test
    void patternChronologyAndDashboardOnADemoStore() {
        Path store = Path.of(System.getProperty("bench.store", "target/demo-store"));
        String user = System.getProperty("bench.user", "fiqbal");
        char[] password = System.getProperty("bench.password", "demo password here").toCharArray();
        Clock clock = Clock.systemDefaultZone();
        SignIn signIn = new SignIn(new StoreLocation(store), Entities.all(), clock,
                org.casefile.store.Argon2Params.DEFAULT);
        long t = System.nanoTime();
        try (Session session = signIn.unlock(user, password)) {
            System.out.printf("unlocked %s in %.1f s%n", store, (System.nanoTime() - t) / 1e9);
            Workspace ws = Workspace.open(session, null, null, clock);
            List<ClientSummary> mine = ws.clients().caseload(new CaseloadFilter(java.util.Set.of(),
                    java.util.Set.of(), session.user().id()));
            Random random = new Random(5);
            List<Long> sample = random.ints(40, 0, mine.size()).mapToObj(i -> mine.get(i).id()).toList();
            long incidents = sample.stream().mapToLong(id -> ws.incidents().log(id).size()).sum();
            long[] pattern = Timings.time(sample.size(), i -> () -> ws.incidents().pattern(sample.get(i)));
            long[] chronology = Timings.time(sample.size(),
                    i -> () -> ws.chronology().entries(sample.get(i), ChronologyFilter.ALL));
            long[] reviews = Timings.time(5, i -> () -> ws.incidents().reviewsSuggested());
            System.out.println();
            System.out.printf("%s: %d clients allocated to %s; sampled clients have %.0f incidents on average%n",
                    store, mine.size(), user, incidents / (double) sample.size());
            Timings.header();
            Timings.row("pattern of one client", pattern);
            Timings.row("chronology of one client", chronology);
            Timings.row("dashboard: reviews suggested over " + mine.size() + " cases", reviews);
            System.out.println("cases with a review suggested: " + ws.incidents().reviewsSuggested().size());
        }
    }
}
