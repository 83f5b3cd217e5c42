package org.casefile.store;

import java.nio.file.Path;

/**
 * Where a key ring is kept: {@code keyring.json} beside an embedded store, or two tables on a team's server. Both
 * hold only wrapped copies of the store key, so neither place learns the key.
 */
public interface KeyRingStore {
    KeyRing load();

    /** Saves a new key ring whole (a new store). */
    void create(KeyRing ring);

    /** Saves one person's entry after it was added or replaced in {@code ring}. */
    void saveUser(KeyRing ring, String username);

    /** Removes one person's entry, already gone from {@code ring}. */
    void removeUser(KeyRing ring, String username);

    /** Forgets a key ring whose store could not be finished, so the next attempt starts afresh. */
    default void discard() {
    }

    /** The file beside an embedded store: saved whole each time, atomically. */
    static KeyRingStore file(Path file) {
        return new KeyRingStore() {
            @Override
            public KeyRing load() {
                return KeyRing.load(file);
            }

            @Override
            public void create(KeyRing ring) {
                ring.save(file);
            }

            @Override
            public void saveUser(KeyRing ring, String username) {
                ring.save(file);
            }

            @Override
            public void removeUser(KeyRing ring, String username) {
                ring.save(file);
            }
        };
    }
}
