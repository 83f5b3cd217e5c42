package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Random;
import org.casefile.UserFacingException;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientService;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.Intake;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's mark turns an older or cut-short database into a sentence, and closing keeps the file compact. */
class StoreMarkTest {
    @TempDir
    Path dir;

    @Test
    void anOlderCopyOfTheDatabaseIsRefusedWithHowManyChangesItLacks() throws Exception {
        Path old = dir.resolve("old.mv.db");
        try (Session session = TestStores.create(dir.resolve("store"))) {
            clients(session).create(ClientFixtures.named("Older", "Copy"));
        }
        Path db = new StoreLocation(dir.resolve("store")).databaseFile();
        Files.copy(db, old);
        try (Session session = signIn()) {
            clients(session).create(ClientFixtures.named("Newer", "Work"));
        }
        Files.copy(old, db, StandardCopyOption.REPLACE_EXISTING);

        // An older copy is shorter, so the length alone turns it away before H2 touches it.
        assertThatThrownBy(this::signIn)
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("store.cutShort"));
        assertThat(Files.mismatch(old, db)).isEqualTo(-1L);

        // Where the length proves nothing (a close's compaction was interrupted), the audit chain still does.
        Path mark = new StoreLocation(dir.resolve("store")).markFile();
        Files.writeString(mark, Files.readString(mark).replaceAll("length=\\d+", "length=-1"));
        assertThatThrownBy(this::signIn)
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("store.olderThanLastUse"))
                .hasMessageContaining("is an older copy")
                .hasMessageContaining("recorded changes are missing")
                .hasMessageContaining("Restore the store from your latest backup");
    }

    @Test
    void aStoreWithoutAMarkOpensAndGetsOne() throws Exception {
        TestStores.create(dir.resolve("store")).close();
        Path mark = new StoreLocation(dir.resolve("store")).markFile();
        assertThat(mark).exists();
        Files.delete(mark); // as a store from before marks, or a restored folder, has none
        try (Session session = signIn()) {
            assertThat(session.audit().verify().intact()).isTrue();
        }
        assertThat(Files.readString(mark)).contains("seq=").contains("length=").doesNotContain("Copy");
    }

    @Test
    void closingCompactsAFileThatIsMostlyOldCommits() throws Exception {
        Path store = dir.resolve("store");
        Path db = new StoreLocation(store).databaseFile();
        Random random = new Random(3);
        long idOfLast;
        try (Session session = TestStores.create(store)) {
            ClientService clients = clients(session);
            ExhibitService exhibits = new ExhibitService(session.transactions(), clients, session.audit(),
                    session.user(), Clock.systemUTC(), ExhibitService.DEFAULT_MAX_BYTES);
            long clientId = clients.create(ClientFixtures.named("Zebulonmarker", "Commits")).id();
            // Many small commits: each appends a chunk, and each makes the one before it mostly dead.
            for (int i = 0; i < 400; i++) {
                byte[] bytes = new byte[2_000 + random.nextInt(30_000)];
                random.nextBytes(bytes);
                exhibits.receive(clientId, "item-" + i + ".bin", bytes, new Intake("JS", null, Acquisition.NONE, ""));
            }
            idOfLast = clientId;
        }
        long afterClose = Files.size(db);
        // design.md's traps warned against SHUTDOWN COMPACT on encrypted files: the new file must still be
        // encrypted (the name is not in it) and open with the store key (below).
        assertThat(StoreFaultsTest.indexOf(Files.readAllBytes(db), "Zebulonmarker".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .as("the client's name in the compacted file").isEqualTo(-1);
        // 400 commits of up to 32 KB of live data each leave about 6 MB live; uncompacted, the appended chunks
        // (each repeating the index pages it touched) would be several times that.
        try (Session session = signIn()) {
            assertThat(session.audit().verify().intact()).isTrue();
            assertThat(clients(session).open(idOfLast)).isNotNull();
            ExhibitService exhibits = new ExhibitService(session.transactions(), clients(session), session.audit(),
                    session.user(), Clock.systemUTC(), ExhibitService.DEFAULT_MAX_BYTES);
            assertThat(exhibits.verifyAll(idOfLast)).isEmpty();
        }
        assertThat(afterClose).as("file length after a compacting close").isLessThan(16L << 20);
    }

    private Session signIn() {
        return TestStores.signIn(dir.resolve("store")).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone());
    }

    private static ClientService clients(Session session) {
        return new ClientService(session.transactions(), session.audit(), session.user(), Clock.systemUTC());
    }
}
