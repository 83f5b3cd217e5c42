package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The C library and Bouncy Castle must derive the very same key, or a key ring written on one computer would not
 * open on another (or after libargon2 is removed). Every case is compared byte for byte.
 */
class NativeArgon2Test {
    private static final byte[] SALT = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");

    @Test
    void linuxDesktopsUseTheCLibrary() {
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            return;
        }
        assertThat(NativeArgon2.available())
                .as("libargon2 was not found: install Debian's libargon2-1 (the .deb depends on it); "
                        + "without it every unlock waits seconds longer")
                .isTrue();
    }

    @Test
    void theCLibraryAndTheJavaDerivationAgree() {
        linuxDesktopsUseTheCLibrary();
        Argon2Params small = new Argon2Params(8 * 1024, 1, 1);
        String[] passwords = {
            "correct horse battery staple",
            "Zażółć gęślą jaźń 2026",          // Polish letters: two UTF-8 bytes each
            "caf\u00e9 \uD83D\uDD12 key",       // an emoji: a surrogate pair, four UTF-8 bytes
            "cafe\u0301 au lait",               // decomposed: normalised before either derivation
            "x",
        };
        for (String password : passwords) {
            assertThat(KeyRing.deriveKek(password.toCharArray(), SALT, small))
                    .as(password).isEqualTo(KeyRing.deriveKekInJava(password.toCharArray(), SALT, small));
        }
        for (Argon2Params params : new Argon2Params[] {
                new Argon2Params(8 * 1024, 3, 2), new Argon2Params(9 * 1024, 2, 4), Argon2Params.DEFAULT}) {
            assertThat(KeyRing.deriveKek("a long passphrase".toCharArray(), SALT, params))
                    .as(params.toString())
                    .isEqualTo(KeyRing.deriveKekInJava("a long passphrase".toCharArray(), SALT, params));
        }
    }

    @Test
    void theDerivationIsStillArgon2id() {
        // A fixed answer, so that both paths drifting together (a changed version or type) is caught too.
        // Argon2id, version 0x13, 8 MiB, 2 passes, 1 lane; the same hex came from a small C program calling
        // libargon2's argon2id_hash_raw directly, outside Java.
        String expected = "8fd1548c088369cf723b53c6ea89442a2321d930e0bb475dc893b2ad0c69bd27";
        Argon2Params params = new Argon2Params(8 * 1024, 2, 1);
        assertThat(HexFormat.of().formatHex(KeyRing.deriveKekInJava("casefile".toCharArray(), SALT, params)))
                .isEqualTo(expected);
        assertThat(HexFormat.of().formatHex(KeyRing.deriveKek("casefile".toCharArray(), SALT, params)))
                .isEqualTo(expected);
    }
}
