package org.casefile.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.casefile.UserFacingException;
import org.casefile.evidence.StoredBytes;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.store.StoreLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restore goes only into an empty folder, refuses damaged archives and wrong passwords, and leaves no half. */
class BackupRestoreTest {
    @TempDir
    Path dir;
    Path backup;
    final RestoreService restore = new RestoreService(Clock.systemUTC(), TestStores.FAST);

    @BeforeEach
    void aBackup() {
        try (Session session = TestStores.create(dir.resolve("store"))) {
            BackupFixture.aCase(session, Clock.systemUTC());
            backup = new BackupService(session, Clock.systemUTC()).backup(dir.resolve("backups"), 7).file();
        }
    }

    @Test
    void aFolderOfBackupsRestoresItsNewestIntoANewFolder() {
        RestoreService.Restored done = restore.restore(dir.resolve("backups"), dir.resolve("new/store"), null,
                TestStores.PASSWORD.clone());
        assertThat(done.backup()).isEqualTo(backup);
        assertThat(done.report().clean()).isTrue();
        assertThat(done.location().state()).isEqualTo(StoreLocation.State.READY);
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws Exception {
        Path occupied = Files.createDirectories(dir.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> restore.restore(backup, occupied, null, TestStores.PASSWORD.clone()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("is not empty")
                .hasMessageContaining("no store is ever overwritten");
        assertThat(BackupFixture.files(occupied)).containsExactly(occupied.resolve("notes.txt"));
        // The live store itself is a non-empty folder too.
        assertThatThrownBy(() -> restore.restore(backup, dir.resolve("store"), null, TestStores.PASSWORD.clone()))
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("restore.targetNotEmpty"));
    }

    @Test
    void anArchiveWithOneByteFlippedIsRefusedBeforeAnythingIsWritten() throws Exception {
        byte[] bytes = Files.readAllBytes(backup);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        // One byte in each entry: the encrypted database, the key ring (first "wrappedKey"), the manifest (last
        // "sha256"). Zip bookkeeping that changes no entry's content is not what the manifest protects.
        int[] places = {bytes.length / 3, text.indexOf("\"wrappedKey\"") + 20, text.lastIndexOf("\"sha256\"") + 14};
        for (int at : places) {
            Path copy = dir.resolve("tampered-" + at + ".cfbackup");
            byte[] changed = bytes.clone();
            changed[at] ^= 0x01;
            Files.write(copy, changed);
            Path into = dir.resolve("into-" + at);
            assertThatThrownBy(() -> restore.restore(copy, into, null, TestStores.PASSWORD.clone()))
                    .as("byte %d flipped", at)
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("backup.damaged"))
                    .hasMessageContaining("is damaged or has been altered, so nothing was restored");
            assertThat(into).doesNotExist();
        }
    }

    @Test
    void aTruncatedArchiveIsRefused() throws Exception {
        Path copy = Files.copy(backup, dir.resolve("short.cfbackup"));
        try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertThatThrownBy(() -> restore.restore(copy, dir.resolve("into"), null, TestStores.PASSWORD.clone()))
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("backup.damaged"));
    }

    @Test
    void aWrongPasswordGetsTheUsualSentenceAndLeavesTheFolderEmpty() throws Exception {
        Path into = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> restore.restore(backup, into, null, "not the password".toCharArray()))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("signIn.wrong"));
        assertThat(BackupFixture.files(into)).isEmpty();
        // And the same folder then takes the restore with the right one.
        assertThat(restore.restore(backup, into, TestStores.ADMIN, TestStores.PASSWORD.clone()).report().clean()).isTrue();
    }

    @Test
    void aBackupOfADamagedExhibitRestoresAndReportsIt() {
        Path second;
        try (Session session = TestStores.signIn(dir.resolve("store")).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            long exhibitId = session.transactions().read(em -> ((Number) em.createNativeQuery("select id from exhibit")
                    .getSingleResult()).longValue());
            StoredBytes.flipOne(session, exhibitId, 10);
            second = new BackupService(session, Clock.systemUTC()).backup(dir.resolve("later"), 7).file();
        }
        RestoreService.Restored done = restore.restore(second, dir.resolve("r"), null, TestStores.PASSWORD.clone());
        assertThat(done.report().problems()).extracting(VerifyReport.Problem::messageKey)
                .containsExactly("verify.problem.exhibit");
        assertThat(done.report().problems().getFirst().reference()).endsWith(" JS/1").startsWith("C-");
    }
}
