package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
    void aJvmWithoutNativeAccessDerivesTheSameKeyInJavaAndPrintsNoWarning() throws Exception {
        // A bare `java` without --enable-native-access: no JDK warning on the output, the Java path, the same bytes.
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DeriveOnce.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(out.strip()).isEqualTo("false " + KNOWN_ANSWER);
    }

    /** Run in a JVM of its own by the test above: whether C was used, then the derived key in hex. */
    public static final class DeriveOnce {
        public static void main(String[] args) {
            byte[] kek = KeyRing.deriveKek("casefile".toCharArray(), SALT, new Argon2Params(8 * 1024, 2, 1));
            System.out.println(NativeArgon2.available() + " " + HexFormat.of().formatHex(kek));
        }
    }

    private static final String KNOWN_ANSWER = "8fd1548c088369cf723b53c6ea89442a2321d930e0bb475dc893b2ad0c69bd27";

    @Test
    void theDerivationIsStillArgon2id() {
        // A fixed answer, so that both paths drifting together (a changed version or type) is caught too.
        // Argon2id, version 0x13, 8 MiB, 2 passes, 1 lane; the same hex came from a small C program calling
        // libargon2's argon2id_hash_raw directly, outside Java.
        String expected = KNOWN_ANSWER;
        Argon2Params params = new Argon2Params(8 * 1024, 2, 1);
        assertThat(HexFormat.of().formatHex(KeyRing.deriveKekInJava("casefile".toCharArray(), SALT, params)))
                .isEqualTo(expected);
        assertThat(HexFormat.of().formatHex(KeyRing.deriveKek("casefile".toCharArray(), SALT, params)))
                .isEqualTo(expected);
    }
}
