package org.casefile.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.casefile.UserFacingException;

/**
 * One backup as one zip: the store's database file exactly as H2 copied it (still AES-encrypted page by page),
 * the key ring that unwraps its key, and a manifest with the SHA-256 of both. Nothing in it is plaintext case
 * data; the key ring holds the store key only wrapped by each user's password.
 */
final class BackupArchive {
    static final String DATABASE = "casefile.mv.db";
    static final String KEY_RING = "keyring.json";
    static final Set<String> REQUIRED = Set.of(DATABASE, KEY_RING);

    private BackupArchive() {
    }

    /** Writes the archive to {@code out} (which it closes) and returns its manifest. */
    static BackupManifest write(OutputStream out, InputStream database, Path keyRing, String storeId, Instant at,
                                String version) throws IOException {
        List<BackupManifest.Entry> entries = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            // The database is encrypted and does not compress; the small key ring and manifest barely matter.
            zip.setLevel(Deflater.NO_COMPRESSION);
            entries.add(copy(zip, DATABASE, database));
            try (InputStream ring = Files.newInputStream(keyRing)) {
                entries.add(copy(zip, KEY_RING, ring));
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, storeId, at.toString(), version,
                    List.copyOf(entries));
            zip.putNextEntry(new ZipEntry(BackupManifest.NAME));
            zip.write(manifest.toJson());
            zip.closeEntry();
            zip.finish();
            return manifest;
        }
    }

    private static BackupManifest.Entry copy(ZipOutputStream zip, String name, InputStream from) throws IOException {
        MessageDigest sha = sha256();
        zip.putNextEntry(new ZipEntry(name));
        long size = from.transferTo(new DigestOutputStream(nonClosing(zip), sha));
        zip.closeEntry();
        return new BackupManifest.Entry(name, size, HexFormat.of().formatHex(sha.digest()));
    }

    /** The manifest alone, for listing backups; empty when the file is not a readable backup. */
    static Optional<BackupManifest> peek(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry entry = zip.getEntry(BackupManifest.NAME);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.ofNullable(BackupManifest.parse(in.readNBytes(1 << 20)));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Reads every entry and checks it against the manifest; a damaged or altered archive is refused. */
    static BackupManifest check(Path archive) {
        return unpack(archive, null);
    }

    /**
     * Checks the archive and, when {@code into} is given, writes its entries there. Entries are hashed as they
     * are written, so what lands on disk is exactly what the manifest promises; the caller removes the files
     * when this throws.
     */
    static BackupManifest unpack(Path archive, Path into) {
        String name = archive.getFileName().toString();
        if (!Files.isRegularFile(archive)) {
            throw new UserFacingException("backup.notFound", archive);
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(BackupManifest.NAME);
            if (manifestEntry == null) {
                throw new UserFacingException("backup.damaged", name);
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = BackupManifest.parse(in.readNBytes(1 << 20));
            }
            if (manifest == null) {
                throw new UserFacingException("backup.damaged", name);
            }
            if (manifest.format() > BackupManifest.FORMAT) {
                throw new UserFacingException("backup.tooNew", name);
            }
            Set<String> named = new HashSet<>();
            manifest.entries().forEach(e -> named.add(e.name()));
            if (!named.equals(REQUIRED) || manifest.entries().size() != REQUIRED.size()) {
                throw new UserFacingException("backup.damaged", name);
            }
            for (BackupManifest.Entry expected : manifest.entries()) {
                ZipEntry entry = zip.getEntry(expected.name());
                if (entry == null) {
                    throw new UserFacingException("backup.damaged", name);
                }
                MessageDigest sha = sha256();
                long[] counted = new long[1];
                try (InputStream in = zip.getInputStream(entry);
                     OutputStream out = into == null ? OutputStream.nullOutputStream()
                             : Files.newOutputStream(into.resolve(expected.name()), StandardOpenOption.CREATE_NEW)) {
                    // Count what inflates ourselves: a zip's own sizes are whatever it claims.
                    byte[] buffer = new byte[64 * 1024];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        counted[0] += n;
                        if (counted[0] > expected.size()) {
                            throw new UserFacingException("backup.damaged", name);
                        }
                        sha.update(buffer, 0, n);
                        out.write(buffer, 0, n);
                    }
                }
                if (counted[0] != expected.size()
                        || !HexFormat.of().formatHex(sha.digest()).equals(expected.sha256())) {
                    throw new UserFacingException("backup.damaged", name);
                }
            }
            return manifest;
        } catch (UserFacingException e) {
            throw e;
        } catch (java.nio.file.FileSystemException e) {
            if (into != null && BackupService.mentionsFullDisk(e)) {
                throw new UserFacingException(e, "restore.diskFull", into);
            }
            throw into == null ? new UserFacingException(e, "backup.unreadable", archive)
                    : new UserFacingException(e, "restore.notWritable", into);
        } catch (IOException | RuntimeException e) {
            // ZipException, EOFException, IllegalArgumentException: damage shows up in several shapes.
            if (into != null && BackupService.mentionsFullDisk(e)) {
                throw new UserFacingException(e, "restore.diskFull", into);
            }
            throw new UserFacingException(e, "backup.damaged", name);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                // the zip entry is closed by the caller
            }
        };
    }
}
