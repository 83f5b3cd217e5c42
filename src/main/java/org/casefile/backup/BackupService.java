package org.casefile.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.casefile.Main;
import org.casefile.SafeLog;
import org.casefile.UserFacingException;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.Session;
import org.casefile.store.KeyRing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the open store, made while people keep working. H2's {@code BACKUP TO} copies the database file as
 * one consistent snapshot (its pages stay encrypted); the copy, the key ring and a manifest go into one archive
 * written as {@code name.partial}, read back and checked, and only then given its real name. Older backups of the
 * same store beyond the number to keep are removed after that, never before.
 */
public final class BackupService {
    static final String SUFFIX = ".cfbackup";
    static final String PARTIAL = ".partial";
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    /** One backup at a time in this process: the daily one and "Back up now" never write at once. */
    private static final Object ONE_AT_A_TIME = new Object();
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Where the archive's bytes go; tests put a failing stream here to stand for a full disk. */
    @FunctionalInterface
    interface Sink {
        OutputStream open(Path partial) throws IOException;
    }

    private final Session session;
    private final Clock clock;
    private Sink sink = BackupService::syncedFile;

    public BackupService(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    BackupService withSink(Sink sink) {
        this.sink = sink;
        return this;
    }

    /**
     * Makes one backup in {@code folder} and keeps the {@code keep} newest of this store's backups there.
     */
    public BackupResult backup(Path folder, int keep) {
        return backup(folder, keep, BackupProgress.NONE);
    }

    /** The same, telling {@code progress} how far it has got and stopping when it says so. */
    public BackupResult backup(Path folder, int keep, BackupProgress progress) {
        synchronized (ONE_AT_A_TIME) {
            return backupNow(folder, keep, progress);
        }
    }

    private BackupResult backupNow(Path folder, int keep, BackupProgress progress) {
        String actor = session.user().username();
        try {
            BackupResult result = make(folder, Math.max(1, keep), progress);
            session.audit().record(AuditEvent.of(actor, AuditAction.BACKUP_MADE)
                    .withDetail(result.file().getFileName() + ", " + result.sizeBytes() + " bytes, "
                            + result.removed().size() + " older removed"));
            return result;
        } catch (RuntimeException e) {
            LOG.warn("backup failed: {}", SafeLog.describe(e));
            UserFacingException problem = e instanceof UserFacingException u ? u
                    : new UserFacingException(e, "backup.failed", folder);
            try {
                session.audit().record(AuditEvent.of(actor, AuditAction.BACKUP_FAILED).withDetail(problem.key()));
            } catch (RuntimeException auditFailed) {
                problem.addSuppressed(auditFailed);
            }
            throw problem;
        }
    }

    private static void stopIfCancelled(BackupProgress progress) {
        if (progress.cancelled()) {
            throw new UserFacingException("backup.cancelled");
        }
    }

    private BackupResult make(Path folder, int keep, BackupProgress progress) {
        if (session.onServer()) {
            // The server's data is backed up on the server (pg_dump, its own schedule); a desktop copy would
            // be a partial, unencrypted-at-rest picture of a shared store.
            throw new UserFacingException("backup.onServer");
        }
        Path directory = folder.toAbsolutePath().normalize();
        if (directory.startsWith(session.location().directory())) {
            // A backup inside the store folder is lost with it, and a restore would find it in the way.
            throw new UserFacingException("backup.insideStore", directory);
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw folderProblem(e, directory);
        }
        if (!Files.isWritable(directory)) {
            throw new UserFacingException("backup.notWritable", directory);
        }
        sweepStalePartials(directory);
        String storeId = KeyRing.load(session.location().keyRingFile()).storeId();
        Instant at = clock.instant();
        Path target = freeName(directory, at);
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        Path snapshot = target.resolveSibling(target.getFileName() + ".h2" + PARTIAL);
        try {
            stopIfCancelled(progress);
            snapshot(snapshot);
            progress.at(0.3);
            stopIfCancelled(progress);
            BackupManifest manifest;
            try (ZipFile h2 = new ZipFile(snapshot.toFile());
                 InputStream database = counted(h2.getInputStream(databaseEntry(h2)), databaseEntry(h2).getSize(),
                         progress);
                 OutputStream out = sink.open(partial)) {
                manifest = BackupArchive.write(out, database, session.location().keyRingFile(), storeId, at,
                        Main.version());
            }
            Files.delete(snapshot);
            progress.at(0.9);
            stopIfCancelled(progress);
            // Read back what reached the disk before it may count as a backup.
            try {
                BackupArchive.check(partial);
            } catch (UserFacingException unreadable) {
                throw mentionsFullDisk(unreadable) ? new UserFacingException(unreadable, "backup.diskFull", directory)
                        : new UserFacingException(unreadable, "backup.failed", directory);
            }
            move(partial, target);
            List<Path> removed = prune(directory, storeId, keep, target);
            progress.at(1);
            return new BackupResult(target, at, Files.size(target), manifest.entries().getFirst().size(), removed);
        } catch (IOException e) {
            throw folderProblem(e, directory);
        } catch (UserFacingException e) {
            if (mentionsFullDisk(e)) {
                throw new UserFacingException(e, "backup.diskFull", directory);
            }
            throw e;
        } catch (RuntimeException e) {
            if (mentionsFullDisk(e)) {
                throw new UserFacingException(e, "backup.diskFull", directory);
            }
            throw e;
        } finally {
            deleteQuietly(partial);
            deleteQuietly(snapshot);
        }
    }

    /** The database as it is copied into the backup: each block read moves the bar and may stop the copy. */
    private static InputStream counted(InputStream in, long size, BackupProgress progress) {
        if (progress == BackupProgress.NONE) {
            return in;
        }
        return new java.io.FilterInputStream(in) {
            private long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                stopIfCancelled(progress);
                int n = super.read(b, off, len);
                if (n > 0 && size > 0) {
                    read += n;
                    progress.at(0.3 + 0.6 * Math.min(1.0, (double) read / size));
                }
                return n;
            }
        };
    }

    /** H2 writes a consistent copy of the open database while other transactions go on. */
    private void snapshot(Path into) {
        session.transactions().run(em -> em.unwrap(org.hibernate.Session.class).doWork(c -> {
            try (PreparedStatement backup = c.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, into.toString());
                backup.execute();
            }
        }));
    }

    private static java.util.zip.ZipEntry databaseEntry(ZipFile h2) throws IOException {
        return h2.stream().filter(e -> e.getName().endsWith(BackupArchive.DATABASE)).findFirst()
                .orElseThrow(() -> new IOException("H2 wrote no database file into its backup"));
    }

    private static Path freeName(Path directory, Instant at) {
        String base = "casefile-" + NAME_TIME.format(at);
        Path candidate = directory.resolve(base + SUFFIX);
        for (int n = 2; Files.exists(candidate) || Files.exists(candidate.resolveSibling(candidate.getFileName() + PARTIAL)); n++) {
            candidate = directory.resolve(base + "-" + n + SUFFIX);
        }
        return candidate;
    }

    private static void move(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        }
    }

    /** Removes this store's backups beyond the newest {@code keep}; other stores' backups are left alone. */
    private static List<Path> prune(Path directory, String storeId, int keep, Path justMade) {
        List<Path> removed = new ArrayList<>();
        List<Listed> ours = list(directory).stream().filter(b -> b.manifest().storeId().equals(storeId)).toList();
        for (int i = keep; i < ours.size(); i++) {
            Path old = ours.get(i).file();
            if (old.equals(justMade)) {
                continue;
            }
            try {
                Files.delete(old);
                removed.add(old);
            } catch (IOException e) {
                LOG.warn("could not remove an old backup: {}", SafeLog.describe(e));
            }
        }
        return removed;
    }

    /** A complete backup in a folder, with its manifest. */
    record Listed(Path file, BackupManifest manifest) {
    }

    /** The complete backups in {@code folder}, newest first; partial files and other files are not backups. */
    static List<Listed> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p))
                    .map(p -> BackupArchive.peek(p).map(m -> new Listed(p, m)))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing((Listed l) -> l.manifest().created()).reversed()
                            .thenComparing(l -> l.file().getFileName().toString(), Comparator.reverseOrder()))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The newest complete backup in {@code folder}, of any store. */
    public static Optional<BackupInfo> latest(Path folder) {
        return list(folder).stream().findFirst()
                .map(l -> new BackupInfo(l.file(), l.manifest().created(), l.manifest().storeId()));
    }

    private static OutputStream syncedFile(Path partial) throws IOException {
        FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new java.io.FilterOutputStream(Channels.newOutputStream(channel)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            private boolean closed;

            @Override
            public void close() throws IOException {
                if (closed) {
                    return; // the zip closes it, and so does the try block around it
                }
                closed = true;
                try {
                    flush();
                    channel.force(true);
                } finally {
                    super.close();
                }
            }
        };
    }

    private static UserFacingException folderProblem(IOException e, Path directory) {
        if (mentionsFullDisk(e)) {
            return new UserFacingException(e, "backup.diskFull", directory);
        }
        if (e instanceof AccessDeniedException) {
            return new UserFacingException(e, "backup.notWritable", directory);
        }
        return new UserFacingException(e, "backup.failed", directory);
    }

    static boolean mentionsFullDisk(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserFacingException u && u.key().equals("store.diskFull")) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("no space left")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Partial files left by a process that was killed mid-backup never count as backups; once they are a day old
     * no backup can still be writing them, so they go.
     */
    private void sweepStalePartials(Path directory) {
        Instant dayAgo = clock.instant().minus(java.time.Duration.ofDays(1));
        try (Stream<Path> files = Files.list(directory)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("casefile-")
                    && f.getFileName().toString().endsWith(PARTIAL)).toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(dayAgo)) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("could not look for stale partial backups: {}", SafeLog.describe(e));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not remove a partial backup file: {}", SafeLog.describe(e));
        }
    }
}
