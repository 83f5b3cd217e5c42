package org.casefile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.casefile.client.CaseloadFilter;
import org.casefile.client.ClientService;
import org.casefile.client.ClientSummary;
import org.casefile.demo.DemoData;
import org.casefile.search.SearchService;
import org.casefile.security.NewAccount;
import org.casefile.security.Role;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.security.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Search and caseload timings on a store of {@code -Dbench.clients} (default 10,000) synthetic clients. Prints its
 * numbers; asserts nothing about time. Run with {@code mvn -Pbench test}. The store is kept in
 * target/bench-store-N and reused, since making it takes a couple of minutes.
 */
@Tag("benchmark")
class SearchBenchmarkTest {
    @Test
    void searchAndCaseloadOnALargeStore() throws Exception {
        int clients = Integer.getInteger("bench.clients", 10_000);
        Path dir = Path.of("target", "bench-store-" + clients);
        Session session;
        if (Files.exists(dir.resolve("casefile.mv.db"))) {
            session = TestStores.signIn(dir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone());
        } else {
            session = TestStores.create(dir);
            List<User> team = new ArrayList<>();
            for (String name : List.of("amira", "ben", "catrin", "dev")) {
                team.add(session.users().create(new NewAccount(name, name + " Demo", name.substring(0, 2).toUpperCase(),
                        Role.CASEWORKER), "bench passphrase 1".toCharArray(), TestStores.ADMIN));
            }
            long t = System.nanoTime();
            new DemoData(7, Clock.systemDefaultZone()).create(session, team, clients, n -> { });
            System.out.printf("made %d clients in %.1f s%n", clients, (System.nanoTime() - t) / 1e9);
        }
        try (session) {
            ClientService service = new ClientService(session.transactions(), session.audit(), session.user(),
                    Clock.systemDefaultZone());
            SearchService search = new SearchService(session.transactions(), session.user());
            List<ClientSummary> all = service.caseload(CaseloadFilter.ALL);

            Random random = new Random(3);
            List<String> queries = BenchSuite.typedQueries(all, random);
            for (String q : queries.subList(0, 20)) {
                search.search(q, SearchService.DEFAULT_LIMIT); // warm up
            }
            long[] searchMs = Timings.time(queries.size(), i -> () -> search.search(queries.get(i), SearchService.DEFAULT_LIMIT));
            long[] caseloadMs = Timings.time(20, i -> () -> service.caseload(CaseloadFilter.ALL));
            long[] mineMs = Timings.time(20, i -> () -> service.caseload(new CaseloadFilter(java.util.Set.of(), java.util.Set.of(),
                    all.get(0).allocatedTo())));
            long[] openMs = Timings.time(50, i -> () -> service.open(all.get(random.nextInt(all.size())).id()));

            System.out.printf("%nstore: %d clients, %.0f MB on disk%n", all.size(),
                    Files.size(dir.resolve("casefile.mv.db")) / 1e6);
            Timings.header();
            Timings.row("type-ahead search (clients + perpetrators)", searchMs);
            Timings.row("caseload, everyone's (" + all.size() + " rows)", caseloadMs);
            Timings.row("caseload, one caseworker's", mineMs);
            Timings.row("open a client record (audited)", openMs);
        }
    }
}
