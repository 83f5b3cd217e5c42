package org.casefile.store;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Argon2id from the reference C library (libargon2, Debian's {@code libargon2-1}), called through the JDK's
 * foreign-function API. The same derivation as Bouncy Castle's, byte for byte (KeyRingTest proves it), about ten
 * times quicker: 64 MiB × 3 passes takes some 160 ms in C and 1.4–2.2 s in Java under the launcher's C1-only JIT,
 * and that wait sits between the caseworker pressing Unlock and seeing her dashboard. The 64 MiB are the C
 * library's own memory, wiped and freed at once, so the Java heap does not grow by them either.
 *
 * <p>Absent library: {@link #available()} is false and {@link KeyRing} derives in Java, which is slower and gives
 * the same key.
 */
final class NativeArgon2 {
    private static final Logger LOG = LoggerFactory.getLogger(NativeArgon2.class);

    /** Where each system keeps the library: Debian/Fedora, Homebrew, a Windows build beside the app. */
    private static final List<String> LIBRARY_NAMES = List.of(
            "libargon2.so.1", "libargon2.so", "libargon2.1.dylib", "/opt/homebrew/lib/libargon2.1.dylib",
            "/usr/local/lib/libargon2.1.dylib", "argon2.dll", "libargon2.dll");

    private static final int ARGON2_OK = 0;

    private static final MethodHandle HASH_RAW = find().orElse(null);

    private NativeArgon2() {
    }

    static boolean available() {
        return HASH_RAW != null;
    }

    /**
     * Fills {@code out} with Argon2id (version 0x13) of {@code password} (already UTF-8) and {@code salt}. Returns
     * false, leaving {@code out} unspecified, if the library refused (it names no reason worth more than its code).
     */
    static boolean deriveId(byte[] password, byte[] salt, Argon2Params params, byte[] out) {
        if (HASH_RAW == null) {
            return false;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pwd = arena.allocate(Math.max(1, password.length));
            MemorySegment.copy(password, 0, pwd, ValueLayout.JAVA_BYTE, 0, password.length);
            MemorySegment saltSegment = arena.allocate(salt.length);
            MemorySegment.copy(salt, 0, saltSegment, ValueLayout.JAVA_BYTE, 0, salt.length);
            MemorySegment hash = arena.allocate(out.length);
            try {
                int rc = (int) HASH_RAW.invokeExact(params.iterations(), params.memoryKiB(), params.parallelism(),
                        pwd, (long) password.length, saltSegment, (long) salt.length, hash, (long) out.length);
                if (rc != ARGON2_OK) {
                    LOG.warn("libargon2 refused a derivation (code {}); deriving in Java", rc);
                    return false;
                }
                MemorySegment.copy(hash, ValueLayout.JAVA_BYTE, 0, out, 0, out.length);
                return true;
            } finally {
                // The arena frees its memory on close; it does not promise to clear it first.
                pwd.fill((byte) 0);
                hash.fill((byte) 0);
            }
        } catch (Throwable e) {
            // Only the kind of failure is logged: the arguments hold a password.
            LOG.warn("libargon2 could not be called ({}); deriving in Java", e.getClass().getSimpleName());
            return false;
        }
    }

    private static Optional<MethodHandle> find() {
        if (!NativeArgon2.class.getModule().isNativeAccessEnabled()) {
            // Calling into C without --enable-native-access would print the JDK's warning on standard error of
            // every command (the launcher, `mvn exec:exec` and the test JVMs all pass it; a bare `java` may not).
            LOG.info("native access is not enabled (--enable-native-access=ALL-UNNAMED); Argon2 runs in Java, more slowly");
            return Optional.empty();
        }
        Linker linker = Linker.nativeLinker();
        FunctionDescriptor signature = FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG);
        for (String name : LIBRARY_NAMES) {
            try {
                SymbolLookup library = SymbolLookup.libraryLookup(name, Arena.global());
                Optional<MemorySegment> symbol = library.find("argon2id_hash_raw");
                if (symbol.isPresent()) {
                    LOG.debug("Argon2id from {}", name);
                    return Optional.of(linker.downcallHandle(symbol.get(), signature));
                }
            } catch (IllegalArgumentException | UnsatisfiedLinkError notHere) {
                // not under this name on this system
            } catch (IllegalCallerException nativeAccessDenied) {
                LOG.warn("native access was refused; Argon2 runs in Java, more slowly");
                return Optional.empty();
            }
        }
        LOG.info("libargon2 not found; Argon2 runs in Java, more slowly (install libargon2-1 for a quicker unlock)");
        return Optional.empty();
    }
}
