package org.casefile.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals blobs (exhibit bytes) before they leave the desktop for a team's server, so the server holds only
 * ciphertext; an embedded store's file is encrypted as a whole, so there it passes bytes through.
 *
 * <p>Format: a 12-byte random nonce prefix, then the plaintext in 64 KiB segments, each AES-256-GCM sealed with its
 * own nonce (prefix with the segment number in its last 8 bytes) and a 16-byte tag. The associated data names the
 * blob ({@code exhibit_content:42}), the segment number and whether it is the last, so segments cannot be moved
 * between blobs, reordered, or cut off the end unnoticed. Streams both ways; never holds a whole exhibit in memory.
 */
public final class BlobSeal {
    static final int SEGMENT = 64 * 1024;
    static final int NONCE = 12;
    static final int TAG = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BlobSeal NONE = new BlobSeal(null);

    private final byte[] key;

    private BlobSeal(byte[] key) {
        this.key = key;
    }

    /** Bytes pass through unchanged: the embedded store's file is already encrypted. */
    public static BlobSeal none() {
        return NONE;
    }

    /** Seals with a key derived from the store key for this purpose only. */
    static BlobSeal withKey(StoreKey storeKey) {
        return new BlobSeal(storeKey.derive("casefile blob seal v1"));
    }

    public boolean seals() {
        return key != null;
    }

    /** How many bytes {@link #seal} writes for {@code plainLength} bytes. */
    public long sealedLength(long plainLength) {
        if (key == null) {
            return plainLength;
        }
        long segments = Math.max(1, (plainLength + SEGMENT - 1) / SEGMENT);
        return NONCE + plainLength + segments * TAG;
    }

    /** A stream of the sealed form of {@code plain}, which must hold exactly {@code plainLength} bytes. */
    public InputStream seal(InputStream plain, long plainLength, String blobName) {
        if (key == null) {
            return plain;
        }
        byte[] prefix = new byte[NONCE];
        RANDOM.nextBytes(prefix);
        return new Segments(plain, blobName, prefix, true, plainLength);
    }

    /** The plaintext of a sealed stream; a changed, moved or shortened blob fails with an IOException. */
    public InputStream open(InputStream sealed, String blobName) {
        if (key == null) {
            return sealed;
        }
        return new Segments(new java.io.PushbackInputStream(sealed, 1), blobName, null, false, -1);
    }

    /** Sealed bytes that were changed, moved to another blob or cut short: as damaged as a wrong hash. */
    public static final class Unopenable extends IOException {
        Unopenable(Throwable cause) {
            super("a sealed blob does not open: changed, moved or cut short", cause);
        }
    }

    /** One segment at a time through AES-GCM, sealing or opening. */
    private final class Segments extends InputStream {
        private final InputStream source;
        private final String blobName;
        private final boolean sealing;
        private final long plainLength;
        private byte[] prefix;
        private long segment;
        private long plainSeen;
        private ByteArrayInputStream current = new ByteArrayInputStream(new byte[0]);
        private boolean prefixSent;
        private boolean finished;

        Segments(InputStream source, String blobName, byte[] prefix, boolean sealing, long plainLength) {
            this.source = source;
            this.blobName = blobName;
            this.prefix = prefix;
            this.sealing = sealing;
            this.plainLength = plainLength;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (current.available() == 0) {
                if (!fill()) {
                    return -1;
                }
            }
            return current.read(b, off, len);
        }

        private boolean fill() throws IOException {
            if (sealing && !prefixSent) {
                prefixSent = true;
                current = new ByteArrayInputStream(prefix);
                return true;
            }
            if (finished) {
                return false;
            }
            if (!sealing && prefix == null) {
                prefix = source.readNBytes(NONCE);
                if (prefix.length != NONCE) {
                    throw new Unopenable(null);
                }
            }
            byte[] input = source.readNBytes(sealing ? SEGMENT : SEGMENT + TAG);
            boolean last;
            if (sealing) {
                plainSeen += input.length;
                last = plainSeen >= plainLength;
                if (!last && input.length < SEGMENT) {
                    throw new IOException("the bytes ended before their stated length");
                }
            } else {
                // A full segment may still be the last; only the next read can tell.
                last = input.length < SEGMENT + TAG || peekEnd();
            }
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(sealing ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                        new GCMParameterSpec(TAG * 8, nonce(segment)));
                cipher.updateAAD(aad(segment, last));
                current = new ByteArrayInputStream(cipher.doFinal(input));
            } catch (AEADBadTagException e) {
                throw new Unopenable(e);
            } catch (GeneralSecurityException e) {
                throw new IOException("AES-GCM failed", e);
            }
            segment++;
            finished = last;
            return true;
        }

        private boolean peekEnd() throws IOException {
            if (!(source instanceof java.io.PushbackInputStream pushback)) {
                throw new IllegalStateException("opened streams are wrapped for look-ahead");
            }
            int next = pushback.read();
            if (next < 0) {
                return true;
            }
            pushback.unread(next);
            return false;
        }

        private byte[] nonce(long n) {
            byte[] nonce = Arrays.copyOf(prefix, NONCE);
            ByteBuffer.wrap(nonce, 4, 8).putLong(ByteBuffer.wrap(prefix, 4, 8).getLong() ^ n);
            return nonce;
        }

        private byte[] aad(long n, boolean last) {
            return ("casefile blob|" + blobName + "|" + n + "|" + (last ? "last" : "more"))
                    .getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
