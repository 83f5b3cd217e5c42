package org.casefile.security;

import org.casefile.store.Store;
import org.casefile.store.StoreLocation;
import org.casefile.store.Transactions;
import org.casefile.store.UnlockedKeyRing;

/** One person signed in to one open store. Closing it signs out and closes the database. */
public final class Session implements AutoCloseable {
    private final Store store;
    private final UnlockedKeyRing keys;
    private final UserService users;
    private final AuditLog audit;
    private final User user;
    private boolean closed;

    Session(Store store, UnlockedKeyRing keys, UserService users, AuditLog audit, User user) {
        this.store = store;
        this.keys = keys;
        this.users = users;
        this.audit = audit;
        this.user = user;
    }

    public User user() {
        return user;
    }

    public AuditLog audit() {
        return audit;
    }

    public UserService users() {
        return users;
    }

    /** For feature services, which open their own transactions. */
    public Transactions transactions() {
        return store.transactions();
    }

    public StoreLocation location() {
        return store.location();
    }

    /** True when this is a team's store on a PostgreSQL server rather than a file on this computer. */
    public boolean onServer() {
        return store.onServer();
    }

    public void lock() {
        audit.record(AuditEvent.of(user.username(), AuditAction.LOCK));
    }

    /** Checks the signed-in person's password to leave the lock screen; both outcomes are audited. */
    public boolean unlock(char[] password) {
        boolean ok = keys.matches(user.username(), password);
        audit.record(AuditEvent.of(user.username(), ok ? AuditAction.UNLOCK : AuditAction.UNLOCK_FAILED));
        return ok;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            audit.record(AuditEvent.of(user.username(), AuditAction.SIGN_OUT));
        } finally {
            try {
                store.close();
            } finally {
                keys.close();
            }
        }
    }
}
