package org.casefile.store;

import java.nio.file.Path;
import java.util.Optional;

/** A key ring together with the store key it protects, for as long as a session is open. */
public final class UnlockedKeyRing implements AutoCloseable {
    private final KeyRing ring;
    private final StoreKey key;
    private final Path file;
    private final Argon2Params params;

    public UnlockedKeyRing(KeyRing ring, StoreKey key, Path file, Argon2Params params) {
        this.ring = ring;
        this.key = key;
        this.file = file;
        this.params = params;
    }

    public StoreKey key() {
        return key;
    }

    /** Adds or replaces a user's wrapped copy of the key and saves the ring. */
    public synchronized void putUser(String username, char[] password) {
        ring.putUser(username, password, key, params);
        ring.save(file);
    }

    public synchronized void removeUser(String username) {
        ring.removeUser(username);
        ring.save(file);
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

    public void save() {
        ring.save(file);
    }

    @Override
    public void close() {
        key.close();
    }
}
