package org.casefile.store;

import java.util.Optional;

/** A key ring together with the store key it protects, for as long as a session is open. */
public final class UnlockedKeyRing implements AutoCloseable {
    private final KeyRing ring;
    private final StoreKey key;
    private final KeyRingStore storage;
    private final Argon2Params params;

    public UnlockedKeyRing(KeyRing ring, StoreKey key, KeyRingStore storage, Argon2Params params) {
        this.ring = ring;
        this.key = key;
        this.storage = storage;
        this.params = params;
    }

    public StoreKey key() {
        return key;
    }

    /** Adds or replaces a user's wrapped copy of the key and saves the ring. */
    public synchronized void putUser(String username, char[] password) {
        ring.putUser(username, password, key, params);
        storage.saveUser(ring, username);
    }

    public synchronized void removeUser(String username) {
        ring.removeUser(username);
        storage.removeUser(ring, username);
    }

    public boolean hasUser(String username) {
        return ring.hasUser(username);
    }

    /** True when {@code password} unwraps this store's key for {@code username}. */
    public boolean matches(String username, char[] password) {
        Optional<StoreKey> unwrapped = ring.unlock(username, password);
        try {
            return unwrapped.map(k -> k.sameAs(key)).orElse(false);
        } finally {
            unwrapped.ifPresent(StoreKey::close);
        }
    }

    /** Saves a new store's key ring whole. */
    public void create() {
        storage.create(ring);
    }

    @Override
    public void close() {
        key.close();
    }
}
