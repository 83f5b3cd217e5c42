package org.casefile.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.casefile.UserFacingException;
import org.casefile.security.Session;
import org.casefile.settings.Settings;

/**
 * The daily backup while someone is signed in. No thread of its own: the window asks {@link #runIfDue()} at
 * sign-in and every hour on its background runner, so it stops when the session does and a test can drive it
 * with a clock. Due when daily backups are on and this store's newest backup in the folder is a day old or there
 * is none; after a failure it waits an hour before trying again.
 */
public final class DailyBackup {
    static final Duration DAY = Duration.ofDays(1);
    static final Duration RETRY = Duration.ofHours(1);
    private final Session session;
    private final Settings settings;
    private final Clock clock;
    private volatile Instant lastFailureAt;
    private volatile String lastFailure;

    public DailyBackup(Session session, Settings settings, Clock clock) {
        this.session = session;
        this.settings = settings;
        this.clock = clock;
    }

    public Path folder() {
        return settings.backupFolder(session.location().directory());
    }

    /** This store's newest backup in the backup folder. */
    public Optional<BackupInfo> latest() {
        return BackupAdvice.latestFor(session.location(), folder())
                .filter(b -> isOurs(b));
    }

    private boolean isOurs(BackupInfo b) {
        try {
            return b.storeId().equals(org.casefile.store.KeyRing.load(session.location().keyRingFile()).storeId());
        } catch (RuntimeException e) {
            return false;
        }
    }

    public boolean due() {
        if (!settings.backupDaily() || session.onServer()) {
            return false;
        }
        Instant now = clock.instant();
        if (lastFailureAt != null && lastFailureAt.plus(RETRY).isAfter(now)) {
            return false;
        }
        return latest().map(b -> !b.createdAt().plus(DAY).isAfter(now)).orElse(true);
    }

    /** Makes the daily backup if it is due; a failure is kept for the settings screen, not thrown. */
    public Optional<BackupResult> runIfDue() {
        if (!due()) {
            return Optional.empty();
        }
        return Optional.ofNullable(backupNow());
    }

    /** "Back up now": made whether due or not; a failure is kept and thrown. */
    public BackupResult backupNowOrThrow() {
        return backupNowOrThrow(BackupProgress.NONE);
    }

    /** "Back up now" with a progress bar and a Cancel button; a cancelled backup is not kept as a failure. */
    public BackupResult backupNowOrThrow(BackupProgress progress) {
        try {
            BackupResult result = new BackupService(session, clock).backup(folder(), settings.backupKeep(), progress);
            lastFailure = null;
            lastFailureAt = null;
            return result;
        } catch (UserFacingException e) {
            if ("backup.cancelled".equals(e.key())) {
                throw e;
            }
            lastFailureAt = clock.instant();
            lastFailure = e.getMessage();
            throw e;
        }
    }

    private BackupResult backupNow() {
        try {
            return backupNowOrThrow();
        } catch (UserFacingException e) {
            return null;
        }
    }

    /** The sentence of the last failed attempt, until one succeeds. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }
}
