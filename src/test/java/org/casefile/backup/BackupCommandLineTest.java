package org.casefile.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.casefile.cli.CasefileCommand;
import org.casefile.evidence.StoredBytes;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code casefile backup}, {@code restore} and {@code verify} on real stores. */
class BackupCommandLineTest {
    @TempDir
    Path dir;
    final Map<String, String> env = new HashMap<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    Path store;
    long exhibitId;

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CasefileCommand command = new CasefileCommand(location -> { }, env, null, Clock.systemUTC(),
                Settings.load(dir.resolve("settings.properties"))).withArgon2(TestStores.FAST);
        CommandLine cli = CasefileCommand.commandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @BeforeEach
    void aStore() {
        store = dir.resolve("store");
        try (Session session = TestStores.create(store)) {
            exhibitId = BackupFixture.aCase(session, Clock.systemUTC()).exhibit().id();
        }
        env.put("CASEFILE_PASSWORD", new String(TestStores.PASSWORD));
    }

    @Test
    void backupThenRestoreThenVerify() throws Exception {
        assertThat(run("backup", "--store", store.toString(), "--keep", "2")).isZero();
        assertThat(out.toString()).startsWith("Backup made: " + dir.resolve("store-backups"))
                .contains("No older backups removed");
        assertThat(err.toString()).isEmpty();

        assertThat(run("restore", dir.resolve("store-backups").toString(), "--into", dir.resolve("copy").toString()))
                .isZero();
        assertThat(out.toString()).contains("Restored the backup casefile-", "Store check: no problems found.",
                "--store " + dir.resolve("copy"));
        assertThat(out.toString()).doesNotContain(BackupFixture.MARKER);

        assertThat(run("verify", "--store", dir.resolve("copy").toString())).isZero();
        assertThat(out.toString()).contains("re-hashed 1 exhibits", "Store check: no problems found.");
    }

    @Test
    void backupToAChosenFolderAndRestoreRefusesAFolderInUse() throws Exception {
        Path folder = dir.resolve("usb");
        assertThat(run("backup", "--store", store.toString(), "--to", folder.toString())).isZero();
        assertThat(BackupFixture.files(folder)).hasSize(1);
        assertThat(run("restore", folder.toString(), "--into", store.toString())).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("is not empty");
        env.put("CASEFILE_PASSWORD", "wrong password here");
        assertThat(run("restore", folder.toString(), "--into", dir.resolve("x").toString()))
                .isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString().strip()).isEqualTo("The username or password is not right. Check Caps Lock and try again.");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void verifyExitsOneAfterAnExhibitByteIsFlipped() {
        try (Session session = TestStores.signIn(store).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            StoredBytes.flipOne(session, exhibitId, 7);
        }
        assertThat(run("verify", "--store", store.toString())).isEqualTo(CasefileCommand.EXIT_CHECK_FAILED);
        assertThat(out.toString()).contains("Store check: one problem found.",
                "JS/1: its stored bytes no longer match the SHA-256");
        assertThat(out.toString()).doesNotContain(BackupFixture.MARKER);
    }

    @Test
    void verifyExitsOneAfterAnAuditRowIsEdited() {
        try (Session session = TestStores.signIn(store).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            session.transactions().run(em -> em.createNativeQuery(
                    "update audit_entry set actor = 'nobody' where seq = 3").executeUpdate());
        }
        assertThat(run("verify", "--store", store.toString())).isEqualTo(CasefileCommand.EXIT_CHECK_FAILED);
        assertThat(out.toString()).contains("The audit log does not hold from entry 3 on");
    }

    @Test
    void restoringADamagedBackupSaysSoInOneSentence() throws Exception {
        assertThat(run("backup", "--store", store.toString())).isZero();
        Path file = BackupFixture.files(dir.resolve("store-backups")).getFirst();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        assertThat(run("restore", file.toString(), "--into", dir.resolve("r").toString()))
                .isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString().strip()).isEqualTo("The backup " + file.getFileName()
                + " is damaged or has been altered, so nothing was restored from it. Try an older backup.");
    }

    @Test
    void aTruncatedStoreFileIsReportedWithTheLatestBackupToRestore() throws Exception {
        assertThat(run("backup", "--store", store.toString())).isZero();
        Path latest = BackupFixture.files(dir.resolve("store-backups")).getFirst();
        Path db = store.resolve("casefile.mv.db");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
        assertThat(run("verify", "--store", store.toString())).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("is shorter than when Casefile last saved to it", "Your latest backup is " + latest,
                "casefile restore " + latest + " --into FOLDER");

        // The advice works: that backup restores and checks clean.
        assertThat(run("restore", latest.toString(), "--into", dir.resolve("again").toString())).isZero();
    }

    @Test
    void withoutABackupTheDamagedStoreSentenceIsTheUsualOne() throws Exception {
        Files.delete(store.resolve("casefile.mv.db"));
        assertThat(run("verify", "--store", store.toString())).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("database file is missing").doesNotContain("latest backup is");
    }

    @Test
    void helpNamesTheNewCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("backup", "restore", "verify");
    }
}
