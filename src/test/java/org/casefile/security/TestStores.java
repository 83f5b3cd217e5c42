package org.casefile.security;

import java.nio.file.Path;
import java.time.Clock;
import org.casefile.Entities;
import org.casefile.store.Argon2Params;
import org.casefile.store.Database;
import org.casefile.store.StoreLocation;
import org.casefile.store.TestServer;

/**
 * Stores for tests: real encrypted H2 files with a cheaper Argon2 cost, so a test run stays quick. With
 * {@code -Dcasefile.test.database=postgresql} (the {@code postgresql} surefire execution) the same tests run on a
 * team's store on the PostgreSQL server instead, each folder mapped to its own schema ({@link TestServer}).
 */
public final class TestStores {
    public static final Argon2Params FAST = new Argon2Params(8 * 1024, 1, 1);
    public static final String ADMIN = "jsmith";
    public static final char[] PASSWORD = "correct horse battery".toCharArray();

    private TestStores() {
    }

    public static SignIn signIn(Path dir) {
        return new SignIn(database(dir), Entities.all(), Clock.systemUTC(), FAST);
    }

    /** The store a test's folder stands for: the folder itself (H2), or its schema on the test server. */
    public static Database database(Path dir) {
        return TestServer.selected() ? TestServer.forFolder(dir) : new Database.Embedded(new StoreLocation(dir));
    }

    /** True when the test's folder (H2) or its schema (PostgreSQL) holds a whole store. */
    public static boolean holdsStore(Path dir) {
        return database(dir) instanceof Database.Server server
                ? server.hasStore()
                : new StoreLocation(dir).state() == StoreLocation.State.READY;
    }

    public static Session create(Path dir) {
        return create(dir, "Jo Smith");
    }

    public static Session create(Path dir, String displayName) {
        return signIn(dir).createStore(new NewAccount(ADMIN, displayName, "JS", Role.ADMINISTRATOR), PASSWORD.clone());
    }
}
