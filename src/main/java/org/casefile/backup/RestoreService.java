package org.casefile.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.casefile.Entities;
import org.casefile.SafeLog;
import org.casefile.UserFacingException;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.Session;
import org.casefile.security.SignIn;
import org.casefile.store.Argon2Params;
import org.casefile.store.KeyRing;
import org.casefile.store.StoreLocation;
import org.casefile.store.StoreLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores a backup into a new, empty folder, never over a store: the archive is checked against its manifest
 * before anything is written, unpacked, then opened with the person's password to prove it works and checked
 * whole ({@link StoreVerifier}). If any step fails, the folder is left empty as it was found.
 */
public final class RestoreService {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);
    private final Clock clock;
    private final Argon2Params argon2;

    public RestoreService(Clock clock, Argon2Params argon2) {
        this.clock = clock;
        this.argon2 = argon2;
    }

    /** What was restored, from which backup, and what checking it found. */
    public record Restored(StoreLocation location, Path backup, Instant backupMadeAt, String user, VerifyReport report) {
    }

    /**
     * Restores {@code backup} (a backup file, or a folder of backups: the newest is taken) into {@code into}.
     * {@code user} may be null when the backup has one user.
     */
    public Restored restore(Path backup, Path into, String user, char[] password) {
        Path archive = newestIfFolder(backup);
        Path target = into.toAbsolutePath().normalize();
        boolean existed = Files.exists(target);
        if (existed && (!Files.isDirectory(target) || !isEmpty(target))) {
            throw new UserFacingException("restore.targetNotEmpty", target);
        }
        // Checked whole before the first byte is written anywhere.
        BackupManifest manifest = BackupArchive.check(archive);
        StoreLocation location = new StoreLocation(target);
        StoreLock lock = StoreLock.acquire(location);
        try {
            BackupArchive.unpack(archive, target);
            String who = user;
            if (who == null || who.isBlank()) {
                List<String> users = KeyRing.load(location.keyRingFile()).users();
                if (users.size() != 1) {
                    throw new UserFacingException("restore.userNeeded");
                }
                who = users.getFirst();
            }
            SignIn signIn = new SignIn(location, Entities.all(), clock, argon2);
            try (Session session = signIn.unlock(who, password)) {
                session.audit().record(AuditEvent.of(session.user().username(), AuditAction.STORE_RESTORED)
                        .withDetail("from " + archive.getFileName() + ", made " + manifest.createdAt()));
                VerifyReport report = new StoreVerifier(session).verify();
                return new Restored(location, archive, manifest.created(), session.user().username(), report);
            }
        } catch (RuntimeException e) {
            lock.close();
            lock = null;
            empty(target, !existed);
            throw e;
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private static Path newestIfFolder(Path backup) {
        if (!Files.isDirectory(backup)) {
            return backup;
        }
        return BackupService.list(backup).stream().findFirst().map(BackupService.Listed::file)
                .orElseThrow(() -> new UserFacingException("restore.noBackupInFolder", backup));
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UserFacingException(e, "restore.notWritable", folder);
        }
    }

    /** The folder was empty (or absent) before the restore began; put it back that way. */
    private static void empty(Path target, boolean removeFolder) {
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(target) || removeFolder) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("could not clear a failed restore: {}", SafeLog.describe(e));
        }
    }
}
