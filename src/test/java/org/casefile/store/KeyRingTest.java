package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.casefile.UserFacingException;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {
    @TempDir
    Path dir;

    @Test
    void eachUsersPasswordUnwrapsTheSameKey() {
        try (StoreKey key = StoreKey.generate()) {
            KeyRing ring = KeyRing.create(key);
            ring.putUser("ann", "first passphrase".toCharArray(), key, TestStores.FAST);
            ring.putUser("bob", "second passphrase".toCharArray(), key, TestStores.FAST);
            ring.save(dir.resolve("k.json"));

            KeyRing loaded = KeyRing.load(dir.resolve("k.json"));
            assertThat(loaded.unlock("ANN", "first passphrase".toCharArray())).get().matches(k -> k.sameAs(key));
            assertThat(loaded.unlock("bob", "second passphrase".toCharArray())).get().matches(k -> k.sameAs(key));
            assertThat(loaded.unlock("bob", "first passphrase".toCharArray())).isEmpty();
            assertThat(loaded.unlock("carol", "first passphrase".toCharArray())).isEmpty();
        }
    }

    @Test
    void aPasswordTypedInAnotherUnicodeFormStillWorks() {
        try (StoreKey key = StoreKey.generate()) {
            KeyRing ring = KeyRing.create(key);
            ring.putUser("zoe", "caf\u00e9 au lait please".toCharArray(), key, TestStores.FAST);
            assertThat(ring.unlock("zoe", "cafe\u0301 au lait please".toCharArray())).isPresent();
        }
    }

    @Test
    void entriesSwappedBetweenUsersOpenNothing() throws Exception {
        try (StoreKey key = StoreKey.generate()) {
            KeyRing ring = KeyRing.create(key);
            ring.putUser("ann", "first passphrase".toCharArray(), key, TestStores.FAST);
            ring.putUser("bob", "second passphrase".toCharArray(), key, TestStores.FAST);
            Path file = dir.resolve("k.json");
            ring.save(file);
            // Give bob's entry ann's name: the wrapped key is bound to "bob", so it must not open as "ann".
            String json = Files.readString(file).replace("\"user\" : \"ann\"", "\"user\" : \"was-ann\"")
                    .replace("\"user\" : \"bob\"", "\"user\" : \"ann\"");
            Files.writeString(file, json);
            assertThat(KeyRing.load(file).unlock("ann", "second passphrase".toCharArray())).isEmpty();
        }
    }

    @Test
    void aKeyRingFromANewerCasefileIsNotTouched() throws Exception {
        try (StoreKey key = StoreKey.generate()) {
            KeyRing ring = KeyRing.create(key);
            ring.putUser("ann", "first passphrase".toCharArray(), key, TestStores.FAST);
            Path file = dir.resolve("k.json");
            ring.save(file);
            Files.writeString(file, Files.readString(file).replace("\"format\" : 1", "\"format\" : 7"));
            assertThatThrownBy(() -> KeyRing.load(file))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("store.tooNew"));
        }
    }
}
