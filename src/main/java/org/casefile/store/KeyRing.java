package org.casefile.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.util.Strings;
import org.casefile.UserFacingException;

/**
 * The store key, wrapped once per user: Argon2id turns the password into a key-encryption key, AES-GCM wraps the
 * store key with it. The entry's store id and username are bound in as associated data, so entries cannot be
 * swapped between users or stores. A key-check value tells a wrong key from a damaged database file.
 */
public final class KeyRing {
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    /** Used to spend the same time on an unknown username as on a known one. */
    private static final byte[] DECOY_SALT = new byte[16];

    record Entry(@JsonProperty("user") String user,
                 @JsonProperty("salt") String salt,
                 @JsonProperty("argon2") Argon2Params argon2,
                 @JsonProperty("nonce") String nonce,
                 @JsonProperty("wrappedKey") String wrappedKey) {
    }

    record Document(@JsonProperty("format") int format,
                    @JsonProperty("storeId") String storeId,
                    @JsonProperty("keyCheck") String keyCheck,
                    @JsonProperty("entries") List<Entry> entries) {
    }

    private final String storeId;
    private final String keyCheck;
    private final List<Entry> entries;

    private KeyRing(String storeId, String keyCheck, List<Entry> entries) {
        this.storeId = storeId;
        this.keyCheck = keyCheck;
        this.entries = new ArrayList<>(entries);
    }

    /** A new, empty key ring for {@code key}; add the first user before saving. */
    public static KeyRing create(StoreKey key) {
        String storeId = UUID.randomUUID().toString();
        return new KeyRing(storeId, key.keyCheck(storeId), List.of());
    }

    public String storeId() {
        return storeId;
    }

    String keyCheck() {
        return keyCheck;
    }

    /** A key ring read from a server's tables (TeamKeyRing) rather than a file. */
    static KeyRing of(String storeId, String keyCheck, List<Entry> entries) {
        return new KeyRing(storeId, keyCheck, entries);
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    Optional<Entry> entry(String username) {
        return find(username);
    }

    public List<String> users() {
        return entries.stream().map(Entry::user).toList();
    }

    public boolean hasUser(String username) {
        return find(username).isPresent();
    }

    /** Wraps {@code key} for {@code username}, replacing any entry the user had (a password change). */
    public void putUser(String username, char[] password, StoreKey key, Argon2Params params) {
        requireKey(key);
        String user = normaliseUser(username);
        byte[] salt = randomBytes(16);
        byte[] nonce = randomBytes(12);
        byte[] kek = deriveKek(password, salt, params);
        byte[] plain = key.bytes();
        try {
            byte[] wrapped = gcm(Cipher.ENCRYPT_MODE, kek, nonce, aad(user)).doFinal(plain);
            entries.removeIf(e -> e.user().equals(user));
            entries.add(new Entry(user, B64.encodeToString(salt), params, B64.encodeToString(nonce), B64.encodeToString(wrapped)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
            Arrays.fill(plain, (byte) 0);
        }
    }

    public void removeUser(String username) {
        String user = normaliseUser(username);
        entries.removeIf(e -> e.user().equals(user));
    }

    /**
     * The store key, if {@code password} is right for {@code username}. An unknown user and a wrong password are
     * told apart by nothing: same answer, same work.
     */
    public Optional<StoreKey> unlock(String username, char[] password) {
        Optional<Entry> entry = find(username);
        if (entry.isEmpty()) {
            Arrays.fill(deriveKek(password, DECOY_SALT, Argon2Params.DEFAULT), (byte) 0);
            return Optional.empty();
        }
        Entry e = entry.get();
        byte[] kek = deriveKek(password, B64D.decode(e.salt()), e.argon2());
        byte[] plain = null;
        try {
            plain = gcm(Cipher.DECRYPT_MODE, kek, B64D.decode(e.nonce()), aad(e.user())).doFinal(B64D.decode(e.wrappedKey()));
        } catch (AEADBadTagException wrongPassword) {
            return Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException damaged) {
            throw new UserFacingException(damaged, "store.keyRingDamaged");
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
        StoreKey key = StoreKey.of(plain);
        Arrays.fill(plain, (byte) 0);
        if (!MessageDigest.isEqual(key.keyCheck(storeId).getBytes(StandardCharsets.US_ASCII),
                keyCheck.getBytes(StandardCharsets.US_ASCII))) {
            key.close();
            throw new UserFacingException("store.keyRingDamaged");
        }
        return Optional.of(key);
    }

    public void save(Path file) {
        try {
            byte[] json = JSON.writeValueAsBytes(new Document(FORMAT, storeId, keyCheck, entries));
            Path temp = file.resolveSibling(file.getFileName() + ".new");
            Files.write(temp, json);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AccessDeniedException e) {
            throw new UserFacingException(e, "store.notWritable", file.getParent());
        } catch (IOException e) {
            throw new UserFacingException(e, "store.keyRingNotSaved", file.getParent());
        }
    }

    public static KeyRing load(Path file) {
        Document doc;
        try {
            doc = JSON.readValue(Files.readAllBytes(file), Document.class);
        } catch (JsonProcessingException e) {
            throw new UserFacingException(e, "store.keyRingDamaged");
        } catch (IOException e) {
            throw new UserFacingException(e, "store.keyRingUnreadable", file);
        }
        if (doc == null || doc.storeId() == null || doc.keyCheck() == null || doc.entries() == null) {
            throw new UserFacingException("store.keyRingDamaged");
        }
        if (doc.format() > FORMAT) {
            throw new UserFacingException("store.tooNew");
        }
        return new KeyRing(doc.storeId(), doc.keyCheck(), doc.entries());
    }

    /** Usernames compare without case or stray spaces: "JSmith " and "jsmith" are one person. */
    public static String normaliseUser(String username) {
        return Normalizer.normalize(username.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private void requireKey(StoreKey key) {
        if (!MessageDigest.isEqual(key.keyCheck(storeId).getBytes(StandardCharsets.US_ASCII),
                keyCheck.getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("that key does not belong to this key ring");
        }
    }

    private Optional<Entry> find(String username) {
        String user = normaliseUser(username);
        return entries.stream().filter(e -> e.user().equals(user)).findFirst();
    }

    private byte[] aad(String user) {
        return ("casefile key ring " + FORMAT + "|" + storeId + "|" + user).getBytes(StandardCharsets.UTF_8);
    }

    private static Cipher gcm(int mode, byte[] kek, byte[] nonce, byte[] aad) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(aad);
        return cipher;
    }

    static byte[] deriveKek(char[] password, byte[] salt, Argon2Params params) {
        return derive(password, salt, params, true);
    }

    /** The same derivation always in Java (Bouncy Castle): what runs where libargon2 is missing. */
    static byte[] deriveKekInJava(char[] password, byte[] salt, Argon2Params params) {
        return derive(password, salt, params, false);
    }

    private static byte[] derive(char[] password, byte[] salt, Argon2Params params, boolean nativeIfPresent) {
        // The same password typed on another keyboard may arrive in another Unicode form.
        // Checked first so that the usual, already normal password never becomes an immutable String.
        java.nio.CharBuffer typed = java.nio.CharBuffer.wrap(password);
        char[] normalised = Normalizer.isNormalized(typed, Normalizer.Form.NFC)
                ? password.clone()
                : Normalizer.normalize(typed, Normalizer.Form.NFC).toCharArray();
        byte[] kek = new byte[32];
        try {
            if (nativeIfPresent && NativeArgon2.available()) {
                // Bouncy Castle's own UTF-8 conversion, so both paths hash the very same bytes.
                byte[] utf8 = Strings.toUTF8ByteArray(normalised);
                try {
                    if (NativeArgon2.deriveId(utf8, salt, params, kek)) {
                        return kek;
                    }
                } finally {
                    Arrays.fill(utf8, (byte) 0);
                }
            }
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(params.memoryKiB())
                    .withIterations(params.iterations())
                    .withParallelism(params.parallelism())
                    .withSalt(salt)
                    .build());
            generator.generateBytes(normalised, kek);
            return kek;
        } finally {
            Arrays.fill(normalised, '\0');
        }
    }

    /**
     * Readies the derivation ahead of the real unlock, at a small cost: where the C library derives, one cheap call
     * links it (finding the library and binding the call cost some 300 ms the first time); in Java, three compile
     * the hot loops.
     */
    public static void warmUp() {
        if (NativeArgon2.available()) {
            Arrays.fill(deriveKek("warm up".toCharArray(), DECOY_SALT, new Argon2Params(8 * 1024, 1, 1)), (byte) 0);
            return;
        }
        for (int i = 0; i < 3; i++) {
            Arrays.fill(deriveKek("warm up".toCharArray(), DECOY_SALT, new Argon2Params(8 * 1024, 2, 1)), (byte) 0);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
