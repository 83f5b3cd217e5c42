package org.casefile.security;

import java.nio.file.Path;
import java.time.Clock;
import org.casefile.Entities;
import org.casefile.store.Argon2Params;
import org.casefile.store.StoreLocation;

/** Stores for tests: real encrypted H2 files with a cheaper Argon2 cost, so a test run stays quick. */
public final class TestStores {
    public static final Argon2Params FAST = new Argon2Params(8 * 1024, 1, 1);
    public static final String ADMIN = "jsmith";
    public static final char[] PASSWORD = "correct horse battery".toCharArray();

    private TestStores() {
    }

    public static SignIn signIn(Path dir) {
        return new SignIn(new StoreLocation(dir), Entities.all(), Clock.systemUTC(), FAST);
    }

    public static Session create(Path dir) {
        return create(dir, "Jo Smith");
    }

    public static Session create(Path dir, String displayName) {
        return signIn(dir).createStore(new NewAccount(ADMIN, displayName, "JS", Role.ADMINISTRATOR), PASSWORD.clone());
    }
}
