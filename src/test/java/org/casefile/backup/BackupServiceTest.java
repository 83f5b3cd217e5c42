package org.casefile.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casefile.UserFacingException;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Incidents;
import org.casefile.security.AuditRecord;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.store.KeyRing;
import org.casefile.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of a store in use: consistent, encrypted, complete or absent, and only N kept. */
class BackupServiceTest {
    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileIncidentsAreWrittenRestoresEveryIncidentCommittedBeforeIt() throws Exception {
        Path folder = dir.resolve("backups");
        List<Long> committedBeforeStart = new CopyOnWriteArrayList<>();
        List<Long> committed = new CopyOnWriteArrayList<>();
        try (Session session = TestStores.create(dir.resolve("store"))) {
            BackupFixture.Case c = BackupFixture.aCase(session, Clock.systemUTC());
            AtomicBoolean stop = new AtomicBoolean();
            AtomicBoolean started = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                int i = 0;
                while (!stop.get()) {
                    long id = c.incidents().record(c.client().id(),
                            Incidents.on(LocalDate.now().minusDays(1 + (i++ % 300)), Behaviour.values()[1])).id();
                    committed.add(id);
                    if (!started.get()) {
                        committedBeforeStart.add(id);
                    }
                }
            });
            writer.start();
            while (committed.size() < 20) {
                Thread.sleep(10);
            }
            started.set(true);
            int atStart = committed.size();
            BackupResult result = new BackupService(session, Clock.systemUTC()).backup(folder, 7);
            int atEnd = committed.size();
            Thread.sleep(200);
            stop.set(true);
            writer.join();
            assertThat(atEnd).as("incidents were committed while the backup ran").isGreaterThan(atStart);
            assertThat(BackupFixture.files(folder)).containsExactly(result.file());

            RestoreService.Restored restored = new RestoreService(Clock.systemUTC(), TestStores.FAST)
                    .restore(result.file(), dir.resolve("restored"), null, TestStores.PASSWORD.clone());
            assertThat(restored.report().problems()).isEmpty();
            assertThat(restored.report().exhibits()).isEqualTo(1);
            try (Session back = TestStores.signIn(dir.resolve("restored")).unlock(TestStores.ADMIN,
                    TestStores.PASSWORD.clone())) {
                Set<Long> ids = new HashSet<>(back.transactions().read(em -> em.createNativeQuery(
                        "select i.id from incident i join incident_version v on v.incident_id = i.id", Long.class)
                        .getResultList()));
                assertThat(ids).containsAll(committedBeforeStart);
                assertThat(committed).containsAll(ids.stream().filter(id -> !committedBeforeStart.contains(id)
                        && id > committedBeforeStart.getLast()).toList());
                // A snapshot: the incidents present are exactly the first n committed, with no gaps.
                long present = committed.stream().filter(ids::contains).count();
                assertThat(committed.subList(0, (int) present)).allMatch(ids::contains);
                assertThat(back.audit().verify().intact()).isTrue();
                assertThat(back.audit().recent(4)).extracting(AuditRecord::action)
                        .containsExactly("SIGN_IN", "SIGN_OUT", "STORE_VERIFIED", "STORE_RESTORED");
            }
        }
    }

    @Test
    void theBackupHoldsNoPlaintextCaseDataButTheSameScanFindsItInAPlainDatabase() throws Exception {
        Path folder = dir.resolve("backups");
        BackupResult result;
        String storeId;
        try (Session session = TestStores.create(dir.resolve("store"))) {
            BackupFixture.aCase(session, Clock.systemUTC());
            storeId = KeyRing.load(session.location().keyRingFile()).storeId();
            result = new BackupService(session, Clock.systemUTC()).backup(folder, 7);
        }
        assertThat(BackupFixture.contains(result.file(), BackupFixture.MARKER)).as("marker in the backup").isFalse();
        // The scan reads the archive's entries as they are stored: the manifest's store id is visible.
        assertThat(BackupFixture.contains(result.file(), storeId)).isTrue();

        // Control: the same archive writer around an unencrypted H2 file shows the marker to the same scan.
        Path plain = dir.resolve("plain");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + plain.resolve("db") + ";WRITE_DELAY=0", "sa", "");
             Statement s = c.createStatement()) {
            s.execute("create table t(v varchar(100))");
            s.execute("insert into t values ('Ada " + BackupFixture.MARKER + "')");
        }
        Path control = dir.resolve("control.cfbackup");
        try (var db = Files.newInputStream(plain.resolve("db.mv.db")); OutputStream out = Files.newOutputStream(control)) {
            BackupArchive.write(out, db, dir.resolve("store").resolve("keyring.json"), storeId, Instant.now(), "test");
        }
        assertThat(BackupFixture.contains(control, BackupFixture.MARKER)).as("control: marker in a plain backup").isTrue();
    }

    @Test
    void onlyTheNewestBackupsOfThisStoreAreKeptAndOtherStoresBackupsAreLeftAlone() throws Exception {
        Path folder = dir.resolve("backups");
        BackupFixture.HandClock clock = new BackupFixture.HandClock(Instant.parse("2026-11-01T09:00:00Z"));
        Path foreign;
        try (Session other = TestStores.create(dir.resolve("other"))) {
            foreign = new BackupService(other, clock).backup(folder, 1).file();
        }
        clock.advance(Duration.ofMinutes(1));
        try (Session session = TestStores.create(dir.resolve("store"))) {
            BackupService backups = new BackupService(session, clock);
            BackupResult last = null;
            for (int i = 0; i < 4; i++) {
                clock.advance(Duration.ofDays(1));
                last = backups.backup(folder, 2);
            }
            assertThat(last.removed()).hasSize(1);
            assertThat(BackupFixture.files(folder)).extracting(p -> p.getFileName().toString())
                    .containsExactly("casefile-20261101-090000.cfbackup", "casefile-20261104-090100.cfbackup",
                            "casefile-20261105-090100.cfbackup");
            assertThat(BackupService.latest(folder)).get().extracting(BackupInfo::file).isEqualTo(last.file());
            assertThat(foreign).exists();
            // Two backups in the same second get different names.
            BackupResult again = backups.backup(folder, 3);
            assertThat(again.file().getFileName().toString()).isEqualTo("casefile-20261105-090100-2.cfbackup");
        }
    }

    @Test
    void aDiskThatFillsUpDuringTheBackupLeavesNoPartialFileAndSaysSo() throws Exception {
        Path folder = dir.resolve("backups");
        try (Session session = TestStores.create(dir.resolve("store"))) {
            BackupFixture.aCase(session, Clock.systemUTC());
            BackupService failing = new BackupService(session, Clock.systemUTC()).withSink(partial -> new OutputStream() {
                final OutputStream file = Files.newOutputStream(partial);
                long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (written + len > 200_000) {
                        throw new IOException("No space left on device");
                    }
                    file.write(b, off, len);
                    written += len;
                }

                @Override
                public void close() throws IOException {
                    file.close();
                }
            });
            assertThatThrownBy(() -> failing.backup(folder, 7))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("backup.diskFull"))
                    .hasMessageContaining("no backup was made and no partial file was left");
            assertThat(BackupFixture.files(folder)).isEmpty();
            assertThat(session.audit().recent(1)).extracting(AuditRecord::action).containsExactly("BACKUP_FAILED");

            // A stream that fails in any other way is a plain failure, equally clean.
            BackupService broken = new BackupService(session, Clock.systemUTC()).withSink(partial -> {
                Files.writeString(partial, "half");
                throw new IOException("device went away");
            });
            assertThatThrownBy(() -> broken.backup(folder, 7))
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("backup.failed"));
            assertThat(BackupFixture.files(folder)).isEmpty();

            // What a process killed mid-backup leaves: swept once a day old, never taken for a backup.
            Path stale = Files.writeString(folder.resolve("casefile-20250101-000000.cfbackup.partial"), "half");
            Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(Instant.now().minus(Duration.ofDays(2))));
            Path fresh = Files.writeString(folder.resolve("casefile-20991231-000000.cfbackup.partial"), "writing");
            assertThat(BackupService.latest(folder)).isEmpty();
            BackupResult ok = new BackupService(session, Clock.systemUTC()).backup(folder, 7);
            assertThat(BackupFixture.files(folder)).containsExactly(ok.file(), fresh);
            assertThat(session.audit().recent(1)).extracting(AuditRecord::action).containsExactly("BACKUP_MADE");
        }
    }

    @Test
    void aBackupFolderInsideTheStoreOrUnwritableIsRefusedWithASentence() throws Exception {
        try (Session session = TestStores.create(dir.resolve("store"))) {
            BackupService backups = new BackupService(session, Clock.systemUTC());
            assertThatThrownBy(() -> backups.backup(dir.resolve("store").resolve("backups"), 7))
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("backup.insideStore"));
            Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
            assertThatThrownBy(() -> backups.backup(file, 7)).isInstanceOf(UserFacingException.class);
            assertThat(new StoreLocation(dir.resolve("store")).state()).isEqualTo(StoreLocation.State.READY);
        }
        assertThat(Files.readString(dir.resolve("a-file"), StandardCharsets.UTF_8)).isEqualTo("not a folder");
    }
}
