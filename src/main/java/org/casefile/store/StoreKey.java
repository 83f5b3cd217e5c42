package org.casefile.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The random 256-bit key of one store. Users never type it: each user's password unwraps it from the key ring.
 * H2 gets a password derived from it, never a person's password.
 */
public final class StoreKey implements AutoCloseable {
    public static final int LENGTH = 32;
    private final byte[] bytes;

    private StoreKey(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a store key has 32 bytes");
        }
        this.bytes = bytes.clone();
    }

    public static StoreKey generate() {
        byte[] bytes = new byte[LENGTH];
        new SecureRandom().nextBytes(bytes);
        try {
            return new StoreKey(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    static StoreKey of(byte[] bytes) {
        return new StoreKey(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** A value derived from the key for one purpose, so no two uses share key material. */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    String h2FilePassword() {
        return HexFormat.of().formatHex(derive("casefile h2 file password"));
    }

    String h2UserPassword() {
        return HexFormat.of().formatHex(derive("casefile h2 user password"));
    }

    /** Lets an unlock tell a wrong key from a damaged database file, which H2 reports alike. */
    String keyCheck(String storeId) {
        return HexFormat.of().formatHex(derive("casefile key check " + storeId));
    }

    public boolean sameAs(StoreKey other) {
        return java.security.MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public void close() {
        Arrays.fill(bytes, (byte) 0);
    }
}
