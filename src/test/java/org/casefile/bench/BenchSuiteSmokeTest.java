package org.casefile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.casefile.backup.StoreVerifier;
import org.casefile.backup.VerifyReport;
import org.casefile.demo.DemoData;
import org.casefile.security.NewAccount;
import org.casefile.security.Role;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.security.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark table's shape on a tiny demo store, in the normal build (times are not asserted): the demo
 * generator's batched transactions leave a store that checks clean, and the suite fills every row.
 */
class BenchSuiteSmokeTest {
    private static final char[] CASEWORKER_PASSWORD = "bench passphrase 1".toCharArray();

    @Test
    void aBatchedDemoStoreChecksCleanAndTheTableHasEveryRow(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        int incidents;
        try (Session session = TestStores.create(store)) {
            User caseworker = session.users().create(new NewAccount("amira", "Amira Demo", "AD", Role.CASEWORKER),
                    CASEWORKER_PASSWORD.clone(), TestStores.ADMIN);
            DemoData.Created made = new DemoData(11, Clock.systemDefaultZone()).create(session, List.of(caseworker),
                    new DemoData.Size(20, 8, 1, 40), n -> { });
            incidents = made.incidents();
            assertThat(made.clients()).isEqualTo(20);
            VerifyReport report = new StoreVerifier(session).verify();
            assertThat(report.problems()).isEmpty();
            assertThat(session.audit().verify().intact()).isTrue();
            // Every client and perpetrator has its field history, although many were written in one transaction.
            long clientsWithHistory = session.transactions().read(em -> (Long) em.createNativeQuery(
                    "select count(distinct id) from client_aud").getSingleResult());
            assertThat(clientsWithHistory).isEqualTo(20);
        }
        assertThat(incidents).isGreaterThan(40);

        BenchSuite suite = new BenchSuite(new BenchSuite.Options(store, TestStores.ADMIN, "amira",
                CASEWORKER_PASSWORD.clone(), 0, 0, 0, 2000, TestStores.FAST)).run();

        int w = BenchSuite.WINDOW_ROWS.size();
        java.util.List<String> expected = new java.util.ArrayList<>(BenchSuite.WINDOW_ROWS);
        expected.addAll(java.util.List.of("client search, p50", "client search, p95",
                suite.rows().get(w + 2).measure(), "pattern view of that client, p95 of 20",
                "chronology export (CSV) of that client, median of 5", suite.rows().get(w + 5).measure(),
                "import: WhatsApp export of 2,000 messages, parse + propose, median of 3", "store on disk, as given",
                "store on disk, after the suite's clean close", "benchmark JVM: peak RSS / peak heap (services rows)"));
        assertThat(suite.rows()).extracting(BenchSuite.Row::measure).containsExactlyElementsOf(expected);
        assertThat(suite.rows().get(w + 2).measure()).matches("open a client with 4\\d incidents .*");
        assertThat(suite.rows().get(w + 5).measure()).startsWith("court bundle of a client with ");
        assertThat(suite.rows().subList(0, w)).allMatch(r -> r.verdict() == BenchSuite.Verdict.NOT_RUN);
        assertThat(suite.rows().subList(w, w + 10)).allMatch(r -> r.verdict() != BenchSuite.Verdict.NOT_RUN
                && !r.result().isBlank());
        assertThat(suite.table()).startsWith("| measure | wall clock | CPU time | target | verdict | on CPU time |").contains("| PASS |");
        assertThat(Files.exists(store.resolve("casefile.mv.db"))).isTrue();
    }
}
