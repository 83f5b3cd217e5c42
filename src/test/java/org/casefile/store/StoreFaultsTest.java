package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.casefile.UserFacingException;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store under bad conditions: each gets one clear sentence, and nothing on disk changes. */
class StoreFaultsTest {
    private static final String MARKER = "Quokka-Marker-7f3e91";

    @TempDir
    Path dir;

    @Test
    void theFilesOnDiskHoldNoPlaintextOfWhatWasStored() throws Exception {
        TestStores.create(dir, "Jo " + MARKER).close();
        assertThat(filesContain(dir, MARKER)).as("encrypted store files contain the marker").isFalse();

        // The same scan finds the marker in an unencrypted H2 file, so it can fail.
        Path plain = dir.resolve("control");
        Files.createDirectories(plain);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + plain.resolve("db") + ";WRITE_DELAY=0", "sa", "");
             PreparedStatement s = c.prepareStatement("create table t(v varchar(100)); insert into t values ('Jo " + MARKER + "')")) {
            s.execute();
        }
        assertThat(filesContain(plain, MARKER)).as("control: plain H2 file contains the marker").isTrue();
    }

    @Test
    void aTruncatedStoreFileIsReportedAndLeftAsItWas() throws Exception {
        TestStores.create(dir).close();
        Path db = new StoreLocation(dir).databaseFile();
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
        String before = sha256(db);

        assertThatThrownBy(() -> TestStores.signIn(dir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone()))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("store.cutShort"))
                .hasMessageContaining("Restore it from your latest backup");
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void aStoreFileOverwrittenWithRubbishIsReported() throws Exception {
        TestStores.create(dir).close();
        Path db = new StoreLocation(dir).databaseFile();
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 0; i < bytes.length; i += 7) {
            bytes[i] ^= 0x5A;
        }
        Files.write(db, bytes);

        assertThatThrownBy(() -> TestStores.signIn(dir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone()))
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("store.damaged"));
    }

    @Test
    void aKeyRingFromAnotherStoreOpensNothing() throws Exception {
        Path other = dir.resolve("other");
        Path mine = dir.resolve("mine");
        TestStores.create(other).close();
        TestStores.create(mine).close();
        Files.copy(other.resolve("keyring.json"), mine.resolve("keyring.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> TestStores.signIn(mine).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone()))
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("store.damaged"));
    }

    @Test
    void aDamagedKeyRingIsReported() throws Exception {
        TestStores.create(dir).close();
        Path ring = new StoreLocation(dir).keyRingFile();
        Files.writeString(ring, Files.readString(ring).substring(0, 40));
        assertThatThrownBy(() -> TestStores.signIn(dir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone()))
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("store.keyRingDamaged"));
    }

    @Test
    void aMissingDatabaseIsNeverReplacedByAnEmptyOne() throws Exception {
        TestStores.create(dir).close();
        Files.delete(new StoreLocation(dir).databaseFile());
        assertThatThrownBy(() -> TestStores.signIn(dir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone()))
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("store.databaseMissing"));
        assertThat(new StoreLocation(dir).databaseFile()).doesNotExist();
    }

    @Test
    void aStoreFromANewerVersionIsLeftAlone() throws Exception {
        try (Session session = TestStores.create(dir)) {
            session.transactions().run(em -> em.createNativeQuery("""
                    insert into "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                      "checksum", "installed_by", "installed_on", "execution_time", "success")
                    values (99, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'casefile', current_timestamp, 1, true)
                    """).executeUpdate());
        }
        assertThatThrownBy(() -> TestStores.signIn(dir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone()))
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("store.tooNew"));
    }

    @Test
    void aSecondCasefileOnTheSameStoreIsTurnedAway() {
        try (StoreLock first = StoreLock.acquire(new StoreLocation(dir))) {
            assertThatThrownBy(() -> StoreLock.acquire(new StoreLocation(dir)))
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("store.inUse"));
        }
        StoreLock.acquire(new StoreLocation(dir)).close();
    }

    @Test
    void theDatabaseItselfRefusesASecondProcess() throws Exception {
        TestStores.create(dir).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStoreOpen.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertThat(first).as("the other process opened the store").isEqualTo("open");
            assertThatThrownBy(() -> TestStores.signIn(dir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone()))
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("store.inUse"));
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
    }

    @Test
    void aStoreFolderThatCannotBeCreatedIsReported() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> StoreLock.acquire(new StoreLocation(file.resolve("store"))))
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("store.folderNotCreated"));
    }

    private static boolean filesContain(Path folder, String marker) throws IOException {
        byte[] utf8 = marker.getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = marker.getBytes(StandardCharsets.UTF_16BE);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                if (indexOf(bytes, utf8) >= 0 || indexOf(bytes, utf16) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
