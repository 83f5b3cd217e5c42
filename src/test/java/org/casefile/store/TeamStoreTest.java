package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.casefile.Entities;
import org.casefile.UserFacingException;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.evidence.Intake;
import org.casefile.security.Session;
import org.casefile.security.SignIn;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team mode's own parts: addresses, sealed blobs, exhibit bytes that reach the server only as ciphertext, and the
 * copy of an embedded store to a server. The server tests run in the PostgreSQL run (surefire execution
 * {@code postgresql}); the others run in both.
 */
class TeamStoreTest {
    @TempDir
    Path dir;

    @Test
    void addressesAreReadOrRefusedWithASentence() {
        Database.Server s = Database.server("postgresql://casework@db.example.org:6543/casefile?schema=team_a", dir);
        assertThat(s.host()).isEqualTo("db.example.org");
        assertThat(s.port()).isEqualTo(6543);
        assertThat(s.user()).isEqualTo("casework");
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/casefile?ApplicationName=Casefile&currentSchema=team_a");
        assertThat(Database.server("postgresql://127.0.0.1/test", dir).port()).isEqualTo(5432);
        assertThat(Database.isServerAddress("PostgreSQL://h/d")).isTrue();
        assertThat(Database.isServerAddress("/home/me/casefile")).isFalse();
        assertThatThrownBy(() -> Database.server("postgresql://user:secret@h/d", dir))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("never the address");
        assertThatThrownBy(() -> Database.server("postgresql://h/d?schema=Drop;Table", dir))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("schema name");
        assertThatThrownBy(() -> Database.server("postgresql://h/d?password=x", dir))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("password");
    }

    @Test
    void sealedBlobsOpenOnlyWhereTheyWereSealed() throws IOException {
        try (StoreKey key = StoreKey.generate()) {
            BlobSeal seal = BlobSeal.withKey(key);
            for (int size : new int[] {1, BlobSeal.SEGMENT - 1, BlobSeal.SEGMENT, BlobSeal.SEGMENT * 2 + 5}) {
                byte[] plain = new byte[size];
                Arrays.fill(plain, (byte) 'a');
                byte[] sealed = seal.seal(new ByteArrayInputStream(plain), size, "exhibit_content:7").readAllBytes();
                assertThat((long) sealed.length).isEqualTo(seal.sealedLength(size));
                assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("aaaaaaaa");
                assertThat(seal.open(new ByteArrayInputStream(sealed), "exhibit_content:7").readAllBytes()).isEqualTo(plain);
                // Moved to another exhibit's row, cut short, or changed: never opens.
                assertThatThrownBy(() -> seal.open(new ByteArrayInputStream(sealed), "exhibit_content:8").readAllBytes())
                        .isInstanceOf(BlobSeal.Unopenable.class);
                byte[] shorter = Arrays.copyOf(sealed, sealed.length - 1);
                assertThatThrownBy(() -> seal.open(new ByteArrayInputStream(shorter), "exhibit_content:7").readAllBytes())
                        .isInstanceOf(BlobSeal.Unopenable.class);
                byte[] changed = sealed.clone();
                changed[BlobSeal.NONCE + 1] ^= 1;
                assertThatThrownBy(() -> seal.open(new ByteArrayInputStream(changed), "exhibit_content:7").readAllBytes())
                        .isInstanceOf(BlobSeal.Unopenable.class);
            }
            byte[] twoSegments = new byte[BlobSeal.SEGMENT * 2];
            byte[] sealed = seal.seal(new ByteArrayInputStream(twoSegments), twoSegments.length, "b").readAllBytes();
            byte[] firstOnly = Arrays.copyOf(sealed, BlobSeal.NONCE + BlobSeal.SEGMENT + BlobSeal.TAG);
            assertThatThrownBy(() -> seal.open(new ByteArrayInputStream(firstOnly), "b").readAllBytes())
                    .as("a whole segment cut off the end").isInstanceOf(BlobSeal.Unopenable.class);
        }
        BlobSeal none = BlobSeal.none();
        InputStream same = new ByteArrayInputStream(new byte[3]);
        assertThat(none.seal(same, 3, "x")).isSameAs(same);
    }

    @Test
    @Tag("server") // runs in the PostgreSQL run only; the embedded run excludes the tag rather than skipping
    @EnabledIfSystemProperty(named = "casefile.test.database", matches = "postgresql")
    void exhibitBytesReachTheServerOnlyAsCiphertext() throws Exception {
        byte[] plain = "A synthetic screenshot: the same car outside again at 07:40".repeat(50).getBytes(StandardCharsets.UTF_8);
        Database.Server server = TestServer.forFolder(dir);
        try (Session session = TestStores.create(dir)) {
            ClientService clients = new ClientService(session.transactions(), session.audit(), session.user(), Clock.systemUTC());
            ExhibitService exhibits = new ExhibitService(session.transactions(), clients, session.audit(), session.user(),
                    Clock.systemUTC(), 1024 * 1024);
            ClientRecord client = clients.create(ClientFixtures.named("Ada", "Lane"));
            ExhibitSummary exhibit = exhibits.receive(client.id(), "doorstep.txt", plain,
                    new Intake("JS", null, new Acquisition("The client", "Sent by email", "Laptop"), "A note"));

            byte[] onServer = raw(server, exhibit.id());
            assertThat(onServer).hasSize((int) session.transactions().blobs().sealedLength(plain.length));
            assertThat(new String(onServer, StandardCharsets.ISO_8859_1)).doesNotContain("synthetic").doesNotContain("07:40");
            assertThat(exhibits.content(exhibit.id()).bytes()).isEqualTo(plain);
            assertThat(exhibits.verifyAll(client.id())).isEmpty();
            // `casefile verify` reads every table of the server's schema and opens the sealed bytes too.
            org.casefile.backup.VerifyReport report = new org.casefile.backup.StoreVerifier(session).verify();
            assertThat(report.problems()).isEmpty();
            assertThat(report.tables()).isGreaterThan(40);
            assertThat(report.exhibits()).isEqualTo(1);

            // Bytes changed on the server are found as damage, as with a changed H2 file.
            onServer[onServer.length / 2] ^= 1;
            try (Connection c = TestServer.admin(); PreparedStatement ps = c.prepareStatement(
                    "update " + server.schema() + ".exhibit_content set content = ? where exhibit_id = ?")) {
                ps.setBytes(1, onServer);
                ps.setLong(2, exhibit.id());
                ps.executeUpdate();
            }
            assertThat(exhibits.verifyAll(client.id())).containsExactly(exhibit.reference());
        }
    }

    private static byte[] raw(Database.Server server, long exhibitId) throws Exception {
        try (Connection c = TestServer.admin(); PreparedStatement ps = c.prepareStatement(
                "select content from " + server.schema() + ".exhibit_content where exhibit_id = ?")) {
            ps.setLong(1, exhibitId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    @Test
    @Tag("server") // runs in the PostgreSQL run only; the embedded run excludes the tag rather than skipping
    @EnabledIfSystemProperty(named = "casefile.test.database", matches = "postgresql")
    void anEmbeddedStoreIsCopiedToAnEmptyServerAndChecked() throws Exception {
        Path folder = dir.resolve("desktop");
        byte[] plain = "Synthetic evidence bytes".repeat(4000).getBytes(StandardCharsets.UTF_8);
        long clientId;
        SignIn desktop = new SignIn(new StoreLocation(folder), Entities.all(), Clock.systemUTC(), TestStores.FAST);
        try (Session session = desktop.createStore(new org.casefile.security.NewAccount(TestStores.ADMIN, "Jo Smith", "JS",
                org.casefile.security.Role.ADMINISTRATOR), TestStores.PASSWORD.clone())) {
            ClientService clients = new ClientService(session.transactions(), session.audit(), session.user(), Clock.systemUTC());
            ExhibitService exhibits = new ExhibitService(session.transactions(), clients, session.audit(), session.user(),
                    Clock.systemUTC(), 1024 * 1024);
            clientId = clients.create(ClientFixtures.lucja()).id();
            clients.create(ClientFixtures.named("Ben", "Okafor"));
            exhibits.receive(clientId, "note.txt", plain,
                    new Intake("JS", null, new Acquisition("The client", "Sent by email", "Laptop"), "A note"));
        }
        Database.Server server = TestServer.fresh(dir.resolve("server"));
        KeyRing ring = KeyRing.load(new StoreLocation(folder).keyRingFile());
        StoreCopier.Report report;
        try (StoreKey key = ring.unlock(TestStores.ADMIN, TestStores.PASSWORD.clone()).orElseThrow();
             Store store = Store.open(new StoreLocation(folder), key, Entities.all())) {
            report = new StoreCopier(store, ring, key, server).copyAndVerify();
            assertThat(report.problems()).isEmpty();
            assertThat(report.exhibits()).isEqualTo(1);
            assertThat(report.rows()).isGreaterThan(10);
            // A second copy into the same (now full) schema is refused before anything is written.
            assertThatThrownBy(() -> new StoreCopier(store, ring, key, server).copyAndVerify())
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("already holds tables");
        }

        // The same password opens the server copy; the records, the exhibit and the audit chain are all there.
        try (Session team = new SignIn(server, Entities.all(), Clock.systemUTC(), TestStores.FAST)
                .unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            ClientService clients = new ClientService(team.transactions(), team.audit(), team.user(), Clock.systemUTC());
            ExhibitService exhibits = new ExhibitService(team.transactions(), clients, team.audit(), team.user(),
                    Clock.systemUTC(), 1024 * 1024);
            assertThat(clients.open(clientId).details().familyName()).isEqualTo("Wójcik");
            long exhibitId = exhibits.forClient(clientId).getFirst().id();
            assertThat(exhibits.content(exhibitId).bytes()).isEqualTo(plain);
            assertThat(team.audit().verify().intact()).isTrue();
            // New records continue the copied ids instead of colliding with them.
            ClientRecord next = clients.create(ClientFixtures.named("Cara", "New"));
            assertThat(next.id()).isGreaterThan(clientId);
        }
        try (Connection c = TestServer.admin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + server.schema() + ".key_ring_entry")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        assertThat(List.of(report.tables())).isNotEmpty();
    }
}
