package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientService;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.Intake;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SIGKILL right after a commit returns leaves the database file exactly as it is at that moment (the OS keeps
 * what was written). So a copy of the file taken after each commit is what a crash there would leave, and it
 * must show that commit: a deterministic crash test, without the timing luck of {@code CrashSafetyTest}.
 * H2's chunk retention is set to 0 so that, were space reuse on, freed space would be reused at once — the
 * condition in which H2's quick recovery cannot find a commit written into a gap mid-file (docs/security.md). With
 * space reuse on (H2's default) 16 of 120 copies lacked their commit; the store now appends every commit.
 */
class CrashSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void aCopyTakenAfterEachCommitShowsThatCommit() throws Exception {
        Path storeDir = dir.resolve("store");
        Path snapshot = Files.createDirectories(dir.resolve("snapshot"));
        StoreLocation store = new StoreLocation(storeDir);
        Clock clock = Clock.systemDefaultZone();
        Random random = new Random(7);
        List<String> lost = new ArrayList<>();
        TestStores.create(storeDir).close(); // closing compacts the file, leaving gaps to reuse
        try (Session session = TestStores.signIn(storeDir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone());
             StoreKey key = KeyRing.load(store.keyRingFile()).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())
                     .orElseThrow()) {
            session.transactions().run(em -> em.createNativeQuery("set retention_time 0").executeUpdate());
            ClientService clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
            ExhibitService exhibits = new ExhibitService(session.transactions(), clients, session.audit(),
                    session.user(), clock, ExhibitService.DEFAULT_MAX_BYTES);
            long clientId = clients.create(ClientFixtures.named("Snap", "Shot")).id();
            for (int i = 1; i <= 40; i++) {
                byte[] bytes = new byte[1 + random.nextInt(40_000)];
                random.nextBytes(bytes);
                exhibits.receive(clientId, "item-" + i + ".bin", bytes, new Intake("JS", null, Acquisition.NONE, ""));
                Files.copy(store.databaseFile(), snapshot.resolve("casefile.mv.db"), StandardCopyOption.REPLACE_EXISTING);
                long seen = exhibitsIn(snapshot, key);
                if (seen != i) {
                    lost.add("after exhibit " + i + " was acknowledged, a crash would have left " + seen);
                }
            }
        }
        assertThat(lost).isEmpty();
    }

    private static long exhibitsIn(Path snapshot, StoreKey key) throws Exception {
        String url = "jdbc:h2:file:" + snapshot.resolve("casefile") + ";CIPHER=AES;IFEXISTS=TRUE"
                + ";TRACE_LEVEL_FILE=0";
        try (Connection c = DriverManager.getConnection(url, "casefile", key.h2FilePassword() + " " + key.h2UserPassword());
             ResultSet rs = c.createStatement().executeQuery("select count(*) from exhibit")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
