package org.casefile.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casefile.SafeLog;
import org.casefile.UserFacingException;
import org.casefile.store.Argon2Params;
import org.casefile.store.Database;
import org.casefile.store.KeyRing;
import org.casefile.store.PreparedHibernate;
import org.casefile.store.Store;
import org.casefile.store.StoreKey;
import org.casefile.store.StoreLocation;
import org.casefile.store.UnlockedKeyRing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door to a store: first-run creation and sign-in. The caller holds the store's {@link
 * org.casefile.store.StoreLock} for as long as it uses what this returns.
 */
public final class SignIn {
    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);
    private final Database database;
    private final StoreLocation location;
    private final List<Class<?>> entities;
    private final Clock clock;
    private final Argon2Params argon2;

    public SignIn(StoreLocation location, List<Class<?>> entities, Clock clock, Argon2Params argon2) {
        this(new Database.Embedded(location), entities, clock, argon2);
    }

    /** Signs in to an embedded store or a team's store on a server. */
    public SignIn(Database database, List<Class<?>> entities, Clock clock, Argon2Params argon2) {
        this.database = database;
        this.location = database.location();
        this.entities = entities;
        this.clock = clock;
        this.argon2 = argon2;
    }

    /**
     * Hibernate being started for this store while the person types ({@link PreparedHibernate}): sign-in takes it
     * when it is ready, waiting for it if need be. Only for an embedded store; a failed preparation only costs the
     * head start (sign-in then starts Hibernate itself).
     */
    public SignIn withPreparedHibernate(java.util.concurrent.Future<PreparedHibernate> preparing) {
        this.preparing = database instanceof Database.Embedded ? preparing : null;
        return this;
    }

    private volatile java.util.concurrent.Future<PreparedHibernate> preparing;

    /** The prepared Hibernate if there is one and no store has taken it yet; null to start one afresh. */
    private PreparedHibernate prepared() {
        java.util.concurrent.Future<PreparedHibernate> f = preparing;
        if (f == null) {
            return null;
        }
        try {
            PreparedHibernate p = f.get();
            return p.available() ? p : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.warn("sign-in: Hibernate could not be prepared ahead, starting it now: {}", SafeLog.describe(e.getCause()));
            return null;
        }
    }

    public StoreLocation location() {
        return location;
    }

    public Database database() {
        return database;
    }

    /** Creates the store with its first administrator, who is then signed in. */
    public Session createStore(NewAccount administrator, char[] password) {
        NewAccount admin = UserService.validate(new NewAccount(administrator.username(), administrator.displayName(),
                administrator.initials(), Role.ADMINISTRATOR), password);
        if (database instanceof Database.Embedded && location.state() != StoreLocation.State.NEW) {
            throw new UserFacingException("store.alreadyExists", location.directory());
        }
        StoreKey key = StoreKey.generate();
        KeyRing ring = KeyRing.create(key);
        UnlockedKeyRing keys = new UnlockedKeyRing(ring, key, database.keyRing(), argon2);
        Store store = null;
        boolean ringSaved = false;
        try {
            store = Store.create(database, key, entities);
            if (database instanceof Database.Server) {
                // The server's key ring needs its header row before the first person's entry goes in.
                keys.create();
                ringSaved = true;
            }
            AuditLog audit = new AuditLog(store.transactions(), clock);
            UserService users = new UserService(store.transactions(), keys, audit, clock);
            User user = store.transactions().write(em -> {
                audit.append(em, AuditEvent.of(admin.username(), AuditAction.STORE_CREATED).withDetail("store " + ring.storeId()));
                User created = users.create(em, admin, password, admin.username());
                users.findEnabled(em, admin.username()).orElseThrow().signedIn(clock.instant());
                audit.append(em, AuditEvent.of(admin.username(), AuditAction.SIGN_IN));
                return created;
            });
            return new Session(store, keys, users, audit, user);
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            keys.close();
            if (database instanceof Database.Server) {
                if (ringSaved) {
                    database.keyRing().discard();
                }
            } else {
                removeHalfMadeStore();
            }
            throw e;
        }
    }

    /**
     * Unlocks the store for {@code username}. A wrong password and an unknown or disabled user get the same
     * sentence; the attempt is recorded.
     */
    public Session unlock(String username, char[] password) {
        requireReady();
        long started = System.nanoTime();
        KeyRing ring = database.keyRing().load();
        Optional<StoreKey> key = ring.unlock(username, password);
        LOG.info("sign-in: key ring answered in {} ms", (System.nanoTime() - started) / 1_000_000);
        PendingFailures pending = new PendingFailures(location.pendingAuditFile());
        if (key.isEmpty()) {
            pending.add(clock.instant(), ring.hasUser(username) ? KeyRing.normaliseUser(username) : null);
            throw new UserFacingException("signIn.wrong");
        }
        UnlockedKeyRing keys = new UnlockedKeyRing(ring, key.get(), database.keyRing(), argon2);
        Store store = null;
        try {
            store = Store.open(database, key.get(), entities, prepared());
            long opened = System.nanoTime();
            AuditLog audit = new AuditLog(store.transactions(), clock);
            UserService users = new UserService(store.transactions(), keys, audit, clock);
            String name = KeyRing.normaliseUser(username);
            List<PendingFailures.Failure> failures = pending.read();
            Optional<User> user = store.transactions().write(em -> {
                for (PendingFailures.Failure f : failures) {
                    audit.append(em, AuditEvent.of(f.user() == null ? "(unknown user)" : f.user(), AuditAction.SIGN_IN_FAILED),
                            f.at() == null ? audit.now() : Instant.parse(f.at()));
                }
                Optional<UserAccount> account = users.findEnabled(em, name);
                if (account.isEmpty()) {
                    audit.append(em, AuditEvent.of(name, AuditAction.SIGN_IN_FAILED).withDetail("no enabled account"));
                    return Optional.<User>empty();
                }
                // The record keeps the previous sign-in time, which the dashboard shows.
                User before = account.get().toRecord();
                account.get().signedIn(clock.instant());
                audit.append(em, AuditEvent.of(name, AuditAction.SIGN_IN));
                return Optional.of(before);
            });
            pending.clear();
            LOG.info("sign-in: store open in {} ms (sign-in recorded in {} ms)", (System.nanoTime() - started) / 1_000_000,
                    (System.nanoTime() - opened) / 1_000_000);
            if (user.isEmpty()) {
                throw new UserFacingException("signIn.wrong");
            }
            return new Session(store, keys, users, audit, user.get());
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            keys.close();
            throw e;
        }
    }

    /** The people who can sign in, for a command line that signs in the only one when there is one. */
    public List<String> usernames() {
        requireReady();
        return database.keyRing().load().users();
    }

    /** Says plainly why a store that is not whole cannot be opened. */
    public void requireReady() {
        if (database instanceof Database.Server server) {
            if (!server.hasStore()) {
                throw new UserFacingException("database.noStore", server.describe());
            }
            return;
        }
        switch (location.state()) {
            case NEW -> throw new UserFacingException("store.notCreated", location.directory());
            case DATABASE_MISSING -> throw new UserFacingException("store.databaseMissing", location.databaseFile());
            case KEY_RING_MISSING -> throw new UserFacingException("store.keyRingMissing", location.keyRingFile());
            case READY -> {
                // whole
            }
        }
    }

    /** Only files this attempt created: a first run that failed half-way must not leave a store nobody can open. */
    private void removeHalfMadeStore() {
        for (Path p : List.of(location.databaseFile(), location.keyRingFile(),
                location.directory().resolve("casefile.trace.db"))) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("could not remove a half-made store file: {}", SafeLog.describe(e));
            }
        }
    }
}
