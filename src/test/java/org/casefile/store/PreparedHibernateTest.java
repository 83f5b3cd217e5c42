package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.casefile.Entities;
import org.casefile.demo.DemoData;
import org.casefile.security.Session;
import org.casefile.security.SignIn;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's sign-in takes a Hibernate started before the store was open (no schema validation, no database
 * metadata): what it writes must read back the same through the validated path every other test takes, and
 * the other way round.
 */
class PreparedHibernateTest {
    @TempDir
    Path dir;

    @Test
    void aStoreOpenedWithPreparedHibernateWritesAndReadsWhatTheValidatedPathDoes() {
        TestStores.create(dir).close();
        PreparedHibernate prepared = PreparedHibernate.forEmbeddedStore(Entities.all());
        DemoData.Created made;
        long rowsWritten;
        try (Session session = signIn().withPreparedHibernate(CompletableFuture.completedFuture(prepared))
                .unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            assertThat(prepared.available()).as("the store took it").isFalse();
            made = new DemoData(3, Clock.systemDefaultZone()).create(session, List.of(session.user()),
                    DemoData.Size.of(6, 12), n -> { });
            rowsWritten = incidents(session);
            assertThat(session.audit().verify().intact()).isTrue();
        }
        assertThat(rowsWritten).isEqualTo(made.incidents()).isPositive();
        // Read back without preparation: Hibernate validates the schema and reads every incident the other wrote.
        try (Session session = signIn().unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            assertThat(incidents(session)).isEqualTo(rowsWritten);
            assertThat(session.audit().verify().intact()).isTrue();
            new DemoData(4, Clock.systemDefaultZone()).create(session, List.of(session.user()), DemoData.Size.of(2, 5),
                    n -> { });
        }
        // And the prepared path reads what the validated one wrote after it.
        PreparedHibernate again = PreparedHibernate.forEmbeddedStore(Entities.all());
        try (Session session = signIn().withPreparedHibernate(CompletableFuture.completedFuture(again))
                .unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            assertThat(incidents(session)).isGreaterThan(rowsWritten);
            assertThat(session.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aWrongPasswordLeavesThePreparedHibernateForTheNextTryAndItServesOneStoreOnly() {
        TestStores.create(dir).close();
        PreparedHibernate prepared = PreparedHibernate.forEmbeddedStore(Entities.all());
        SignIn signIn = signIn().withPreparedHibernate(CompletableFuture.completedFuture(prepared));
        assertThatThrownBy(() -> signIn.unlock(TestStores.ADMIN, "not the password".toCharArray()));
        assertThat(prepared.available()).isTrue();
        try (Session session = signIn.unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            assertThat(prepared.available()).isFalse();
        }
        // A second sign-in with the same (now used) preparation simply starts Hibernate itself.
        try (Session session = signIn.unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            assertThat(session.user().username()).isEqualTo(TestStores.ADMIN);
        }
    }

    @Test
    void aFailedPreparationOnlyCostsTheHeadStart() {
        TestStores.create(dir).close();
        SignIn signIn = signIn().withPreparedHibernate(CompletableFuture.failedFuture(new IllegalStateException("x")));
        try (Session session = signIn.unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            assertThat(session.user().username()).isEqualTo(TestStores.ADMIN);
        }
    }

    @Test
    void theNewestMigrationConstantNamesTheLastMigrationInBothFolders() throws IOException {
        for (String folder : List.of("src/main/resources/db/migration/h2", "src/main/resources/db/migration/postgresql")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                int newest = files.map(f -> f.getFileName().toString())
                        .filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                        .max().orElseThrow();
                assertThat(Store.NEWEST_MIGRATION)
                        .as("Store.NEWEST_MIGRATION must name the newest migration in " + folder
                                + " (a store at it skips Flyway at sign-in)")
                        .isEqualTo(newest);
            }
        }
    }

    private SignIn signIn() {
        return new SignIn(new Database.Embedded(new StoreLocation(dir)), Entities.all(), Clock.systemUTC(),
                TestStores.FAST);
    }

    private static long incidents(Session session) {
        return session.transactions().read(em -> em.createQuery("select count(i) from Incident i", Long.class)
                .getSingleResult());
    }
}
