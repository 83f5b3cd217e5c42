package org.casefile.evidence;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.casefile.InvalidInput;
import org.casefile.UserFacingException;
import org.casefile.client.ClientService;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditLog;
import org.casefile.security.User;
import org.casefile.store.References;
import org.casefile.store.BlobSeal;
import org.casefile.store.Transactions;
import org.hibernate.Session;

/**
 * Evidence items. Bytes go into the encrypted store in the same transaction as the exhibit's record, hashed on
 * the way in, so a file is either wholly stored with its hash or not at all. Every read re-computes the hash; a
 * mismatch marks the exhibit damaged, logs it and is audited. Originals are never changed: a rotated or cropped
 * version is a new exhibit pointing to its original.
 */
public final class ExhibitService {
    public static final long DEFAULT_MAX_BYTES = 500L * 1024 * 1024;
    /** Larger files are not loaded into memory for a preview; they can still be exported. */
    public static final long PREVIEW_LIMIT = 64L * 1024 * 1024;
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{1,4}");

    private final Transactions transactions;
    private final ClientService clients;
    private final AuditLog audit;
    private final User me;
    private final Clock clock;
    private final long maxBytes;

    public ExhibitService(Transactions transactions, ClientService clients, AuditLog audit, User me, Clock clock,
                          long maxBytes) {
        this.transactions = transactions.as(me.username());
        this.clients = clients;
        this.audit = audit;
        this.me = me;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Takes in a file from disk. The file itself is only read. */
    public ExhibitSummary receive(long clientId, Path file, Intake intake) {
        String name = file.getFileName().toString();
        long size;
        byte[] head;
        try {
            if (!Files.isRegularFile(file)) {
                throw new UserFacingException("exhibit.invalid.notAFile", name);
            }
            size = Files.size(file);
            checkSize(name, size);
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(MediaTypes.HEAD);
            }
        } catch (IOException e) {
            throw new UserFacingException("exhibit.invalid.unreadable", name);
        }
        String mediaType = MediaTypes.sniff(head, name);
        return store(clientId, name, mediaType, size, intake, null, null, () -> Files.newInputStream(file));
    }

    /** Takes in bytes already in memory (demo data, imports). */
    public ExhibitSummary receive(long clientId, String fileName, byte[] bytes, Intake intake) {
        checkSize(fileName, bytes.length);
        String mediaType = MediaTypes.sniff(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, MediaTypes.HEAD)),
                fileName);
        return store(clientId, fileName, mediaType, bytes.length, intake, null, null,
                () -> new java.io.ByteArrayInputStream(bytes));
    }

    /** The exhibits of a case, in reference order. */
    public List<ExhibitSummary> forClient(long clientId) {
        return clients.readCase(clientId, em -> {
            List<Exhibit> all = em.createQuery("from Exhibit e where e.clientId = :c order by e.id", Exhibit.class)
                    .setParameter("c", clientId).getResultList();
            Map<Long, String> references = new java.util.HashMap<>();
            all.forEach(e -> references.put(e.id(), e.reference()));
            return all.stream().map(e -> summary(e, references.get(e.derivedFromId()))).toList();
        });
    }

    /** An exhibit with its acquisition details and continuity log. */
    public ExhibitRecord open(long exhibitId) {
        return clients.readCase(clientOf(exhibitId), em -> toRecord(em, em.find(Exhibit.class, exhibitId)));
    }

    /**
     * Reads an exhibit's bytes for viewing, checking them against the hash taken at intake. The view is logged
     * in the continuity log and audited. A mismatch marks the exhibit damaged and is refused with a sentence.
     */
    public VerifiedContent content(long exhibitId) {
        long clientId = clientOf(exhibitId);
        try {
            return clients.inCase(clientId, em -> {
                Exhibit e = em.find(Exhibit.class, exhibitId);
                refuseIfDamaged(e);
                if (e.sizeBytes() > PREVIEW_LIMIT) {
                    throw new UserFacingException("exhibit.tooLargeToPreview", e.reference());
                }
                java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream((int) e.sizeBytes());
                String actual = readInto(em, e, buffer);
                if (!actual.equals(e.sha256())) {
                    throw new Mismatch(exhibitId);
                }
                em.persist(new CustodyEvent(e.id(), clock.instant(), me.username(), CustodyAction.VIEWED, ""));
                audit.append(em, event(AuditAction.EXHIBIT_VIEWED, e));
                return new VerifiedContent(summary(e, null), buffer.toByteArray());
            });
        } catch (Mismatch m) {
            throw damaged(clientId, exhibitId);
        }
    }

    /**
     * Saves a copy outside Casefile. The copy is written beside {@code target} under a temporary name, its hash
     * checked, then moved into place; a damaged exhibit leaves nothing behind.
     */
    public void exportCopy(long exhibitId, Path target) {
        long clientId = clientOf(exhibitId);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            clients.inCase(clientId, em -> {
                Exhibit e = em.find(Exhibit.class, exhibitId);
                refuseIfDamaged(e);
                String actual;
                try (OutputStream out = Files.newOutputStream(partial)) {
                    actual = readInto(em, e, out);
                } catch (IOException io) {
                    throw new UserFacingException("exhibit.export.failed", target.getFileName().toString());
                }
                if (!actual.equals(e.sha256())) {
                    throw new Mismatch(exhibitId);
                }
                moveIntoPlace(partial, target);
                em.persist(new CustodyEvent(e.id(), clock.instant(), me.username(), CustodyAction.EXPORTED,
                        target.getFileName().toString()));
                audit.append(em, event(AuditAction.EXHIBIT_EXPORTED, e));
                return null;
            });
        } catch (Mismatch m) {
            throw damaged(clientId, exhibitId);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Best effort: the partial file holds only what was already exported.
            }
        }
    }

    /**
     * Copies an exhibit's bytes to {@code target} (a private temporary file) for a bundle, re-checking them against
     * the hash taken at intake while they stream. A mismatch marks the exhibit damaged and is refused with a
     * sentence naming it; the continuity entry is written once the bundle is saved ({@link #recordBundled}).
     */
    public ExhibitSummary copyVerified(long exhibitId, Path target) {
        long clientId = clientOf(exhibitId);
        try {
            return clients.readCase(clientId, em -> {
                Exhibit e = em.find(Exhibit.class, exhibitId);
                refuseIfDamaged(e);
                String actual;
                try (OutputStream out = Files.newOutputStream(target)) {
                    actual = readInto(em, e, out);
                } catch (IOException io) {
                    throw new UserFacingException("exhibit.export.failed", target.getFileName().toString());
                }
                if (!actual.equals(e.sha256())) {
                    throw new Mismatch(exhibitId);
                }
                return summary(e, null);
            });
        } catch (Mismatch m) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // The caller deletes its whole temporary folder as well.
            }
            throw damaged(clientId, exhibitId);
        }
    }

    /**
     * Records that these exhibits went into a bundle (a continuity entry on each, saying which bundle and its
     * SHA-256) and appends {@code bundleEvent} to the audit log, all in one transaction.
     */
    public void recordBundled(long clientId, List<Long> exhibitIds, String note, AuditEvent bundleEvent) {
        clients.inCase(clientId, em -> {
            for (long id : exhibitIds) {
                Exhibit e = em.find(Exhibit.class, id);
                if (e == null || e.clientId() != clientId) {
                    throw new UserFacingException("exhibit.notFound");
                }
                em.persist(new CustodyEvent(id, clock.instant(), me.username(), CustodyAction.EXPORTED_IN_BUNDLE,
                        note.length() > 500 ? note.substring(0, 500) : note));
            }
            audit.append(em, bundleEvent);
            return null;
        });
    }

    /** Makes a derived copy (rotated, cropped, converted) as a new exhibit pointing to the original. */
    public ExhibitSummary derive(long exhibitId, Derivation how, ImageEdits.Crop crop) {
        VerifiedContent original = content(exhibitId);
        ExhibitSummary o = original.exhibit();
        if (!o.isImage()) {
            throw new UserFacingException("exhibit.derive.notAnImage", o.reference());
        }
        byte[] copy = ImageEdits.apply(original.bytes(), how, crop);
        String base = o.fileName().replaceFirst("\\.[^.]*$", "");
        String name = base + "-" + how.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".png";
        Intake intake = new Intake(o.reference().substring(0, o.reference().indexOf('/')), o.incidentId(),
                Acquisition.NONE, o.description());
        return store(o.clientId(), name, "image/png", copy.length, intake, exhibitId, how,
                () -> new java.io.ByteArrayInputStream(copy));
    }

    /** Re-checks every exhibit of a case against its hash. Returns the references found damaged. */
    public List<String> verifyAll(long clientId) {
        List<Long> ids = clients.readCase(clientId, em -> em.createQuery(
                "select e.id from Exhibit e where e.clientId = :c order by e.id", Long.class)
                .setParameter("c", clientId).getResultList());
        List<String> damaged = new ArrayList<>();
        for (long id : ids) {
            boolean ok = clients.inCase(clientId, em -> {
                Exhibit e = em.find(Exhibit.class, id);
                boolean matches = !e.damaged() && readInto(em, e, OutputStream.nullOutputStream()).equals(e.sha256());
                if (matches) {
                    em.persist(new CustodyEvent(e.id(), clock.instant(), me.username(), CustodyAction.VERIFIED, ""));
                } else {
                    damaged.add(e.reference());
                }
                return matches;
            });
            if (!ok) {
                markDamaged(clientId, id);
            }
        }
        return damaged;
    }

    private ExhibitSummary store(long clientId, String fileName, String mediaType, long size, Intake intake,
                                 Long derivedFrom, Derivation how, Opener opener) {
        checkIntake(intake);
        long id;
        try {
            id = clients.inCase(clientId, em -> {
                checkIncident(em, clientId, intake.incidentId());
                int number = References.nextNumber(em, "E:" + clientId + ":" + intake.producerInitials());
                Exhibit e = new Exhibit(clientId, intake.producerInitials() + "/" + number, fileName, mediaType,
                        clock.instant(), me.username(), intake);
                if (derivedFrom != null) {
                    e.derivedFrom(derivedFrom, how);
                }
                em.persist(e);
                em.flush();
                MessageDigest sha = sha256();
                long[] counted = new long[1];
                try (InputStream source = opener.open();
                     InputStream in = new CountingStream(new DigestInputStream(source, sha), counted)) {
                    em.unwrap(Session.class).doWork(c -> {
                        try (PreparedStatement ps = c.prepareStatement(
                                "insert into exhibit_content (exhibit_id, content) values (?, ?)")) {
                            ps.setLong(1, e.id());
                            // Team mode: sealed here, so the server only ever holds ciphertext (BlobSeal).
                            BlobSeal blobs = transactions.blobs();
                            ps.setBinaryStream(2, blobs.seal(in, size, blobName(e)), blobs.sealedLength(size));
                            ps.executeUpdate();
                        }
                    });
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
                if (counted[0] != size) {
                    throw new UserFacingException("exhibit.invalid.changedWhileReading", fileName);
                }
                e.stored(size, HexFormat.of().formatHex(sha.digest()));
                em.persist(new CustodyEvent(e.id(), clock.instant(), me.username(), CustodyAction.RECEIVED,
                        derivedFrom == null ? "" : how.name()));
                if (derivedFrom != null) {
                    em.persist(new CustodyEvent(derivedFrom, clock.instant(), me.username(),
                            CustodyAction.DERIVED_COPY_MADE, e.reference()));
                    audit.append(em, event(AuditAction.EXHIBIT_DERIVED, e));
                } else {
                    audit.append(em, event(AuditAction.EXHIBIT_RECEIVED, e));
                }
                return e.id();
            });
        } catch (UncheckedIOException e) {
            throw new UserFacingException("exhibit.invalid.unreadable", fileName);
        } catch (UserFacingException e) {
            throw e;
        } catch (RuntimeException e) {
            if (hasCause(e, IOException.class)) {
                throw new UserFacingException("exhibit.invalid.unreadable", fileName);
            }
            throw e;
        }
        return clients.readCase(clientId, em -> {
            Exhibit e = em.find(Exhibit.class, id);
            return summary(e, e.derivedFromId() == null ? null : em.find(Exhibit.class, e.derivedFromId()).reference());
        });
    }

    private void checkSize(String name, long size) {
        if (size == 0) {
            throw new UserFacingException("exhibit.invalid.empty", name);
        }
        if (size > maxBytes) {
            throw new UserFacingException("exhibit.invalid.tooLarge", name, maxBytes / (1024 * 1024));
        }
    }

    private static void checkIntake(Intake intake) {
        if (!INITIALS.matcher(intake.producerInitials()).matches()) {
            throw new InvalidInput(Map.of("initials", "exhibit.invalid.initials"));
        }
        if (intake.description().length() > 2000) {
            throw new InvalidInput(Map.of("description", "exhibit.invalid.tooLong"));
        }
        Acquisition a = intake.acquisition();
        if (a.fromWhom().length() > 200 || a.how().length() > 200 || a.deviceOrAccount().length() > 200) {
            throw new InvalidInput(Map.of("acquisition", "exhibit.invalid.tooLong"));
        }
    }

    private static void checkIncident(EntityManager em, long clientId, Long incidentId) {
        if (incidentId == null) {
            return;
        }
        List<Long> owner = em.createQuery("select i.clientId from Incident i where i.id = :i", Long.class)
                .setParameter("i", incidentId).getResultList();
        if (owner.isEmpty() || owner.getFirst() != clientId) {
            throw new UserFacingException("incident.notFound");
        }
    }

    /** Streams the stored bytes into {@code out} and returns their SHA-256. */
    private String readInto(EntityManager em, Exhibit e, OutputStream out) {
        MessageDigest sha = sha256();
        boolean[] opened = {true};
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select content from exhibit_content where exhibit_id = ?")) {
                ps.setLong(1, e.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return;
                    }
                    try (InputStream in = new DigestInputStream(
                            transactions.blobs().open(rs.getBinaryStream(1), blobName(e)), sha)) {
                        in.transferTo(out);
                    } catch (BlobSeal.Unopenable damaged) {
                        // Sealed bytes that do not open are damaged: no hash can match an empty answer.
                        sha.reset();
                        opened[0] = false;
                    } catch (IOException io) {
                        throw new UncheckedIOException(io);
                    }
                }
            }
        });
        return opened[0] ? HexFormat.of().formatHex(sha.digest()) : "";
    }

    /** Binds sealed bytes to their exhibit: bytes moved to another exhibit's row do not open. */
    private static String blobName(Exhibit e) {
        return "exhibit_content:" + e.id();
    }

    private UserFacingException damaged(long clientId, long exhibitId) {
        String reference = markDamaged(clientId, exhibitId);
        return new UserFacingException("exhibit.damaged", reference);
    }

    private String markDamaged(long clientId, long exhibitId) {
        return clients.inCase(clientId, em -> {
            Exhibit e = em.find(Exhibit.class, exhibitId);
            if (!e.damaged()) {
                e.damageFound(clock.instant());
                em.persist(new CustodyEvent(e.id(), clock.instant(), me.username(), CustodyAction.DAMAGE_FOUND, ""));
                audit.append(em, event(AuditAction.EXHIBIT_DAMAGED, e));
            }
            return e.reference();
        });
    }

    private static void refuseIfDamaged(Exhibit e) {
        if (e.damaged()) {
            throw new UserFacingException("exhibit.damaged", e.reference());
        }
    }

    private long clientOf(long exhibitId) {
        Long clientId = transactions.read(em -> {
            Exhibit e = em.find(Exhibit.class, exhibitId);
            return e == null ? null : e.clientId();
        });
        if (clientId == null) {
            throw new UserFacingException("exhibit.notFound");
        }
        return clientId;
    }

    private ExhibitRecord toRecord(EntityManager em, Exhibit e) {
        List<ExhibitRecord.CustodyEntry> custody = em.createQuery(
                        "from CustodyEvent c where c.exhibitId = :e order by c.occurredAt, c.id", CustodyEvent.class)
                .setParameter("e", e.id()).getResultStream().map(CustodyEvent::toEntry).toList();
        List<String> copies = em.createQuery("select d.reference from Exhibit d where d.derivedFrom = :e order by d.id",
                String.class).setParameter("e", e.id()).getResultList();
        String original = e.derivedFromId() == null ? null : em.find(Exhibit.class, e.derivedFromId()).reference();
        return new ExhibitRecord(summary(e, original), e.acquisition(), custody, copies);
    }

    private static ExhibitSummary summary(Exhibit e, String originalReference) {
        return new ExhibitSummary(e.id(), e.clientId(), e.incidentId(), e.reference(), e.fileName(), e.mediaType(),
                e.sizeBytes(), e.sha256(), e.receivedAt(), e.receivedBy(), e.description(),
                originalReference == null ? "" : originalReference, e.derivation(), e.damaged());
    }

    private AuditEvent event(AuditAction action, Exhibit e) {
        return AuditEvent.of(me.username(), action).about("exhibit", e.id()).withDetail(e.reference());
    }

    private static void moveIntoPlace(Path partial, Path target) {
        try {
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserFacingException("exhibit.export.failed", target.getFileName().toString());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    /** Thrown inside a transaction when bytes do not match; the damage is then recorded in one of its own. */
    private static final class Mismatch extends RuntimeException {
        Mismatch(long exhibitId) {
            super("exhibit " + exhibitId + " does not match its hash", null, false, false);
        }
    }

    /** Counts the bytes that pass, so a file that changed size while being read is noticed. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final long[] counted;

        CountingStream(InputStream in, long[] counted) {
            super(in);
            this.counted = counted;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted[0]++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                counted[0] += n;
            }
            return n;
        }
    }
}
