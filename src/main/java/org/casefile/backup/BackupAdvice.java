package org.casefile.backup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casefile.UserFacingException;
import org.casefile.store.KeyRing;
import org.casefile.store.StoreLocation;

/**
 * When a store cannot be opened because a file is damaged or missing, the sentence names the latest backup and
 * how to restore it, so the person is not left to search for it.
 */
public final class BackupAdvice {
    private static final Set<String> NEEDS_A_BACKUP = Set.of("store.damaged", "store.cutShort", "store.olderThanLastUse", "store.databaseMissing",
            "store.keyRingMissing", "store.keyRingDamaged");

    private BackupAdvice() {
    }

    /** {@code failure} with the latest backup in {@code folder} named, when it calls for one and one is there. */
    public static Throwable explain(Throwable failure, StoreLocation location, Path folder) {
        if (!(failure instanceof UserFacingException problem) || !NEEDS_A_BACKUP.contains(problem.key())) {
            return failure;
        }
        return latestFor(location, folder).<Throwable>map(b -> new UserFacingException(problem, "backup.advice",
                        problem.getMessage(), b.file(), DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                                .withZone(ZoneId.systemDefault()).format(b.createdAt())))
                .orElse(failure);
    }

    /** The newest backup of this store in {@code folder}; any store's when the key ring cannot say which is ours. */
    static Optional<BackupInfo> latestFor(StoreLocation location, Path folder) {
        List<BackupService.Listed> all = BackupService.list(folder);
        String storeId = null;
        try {
            storeId = KeyRing.load(location.keyRingFile()).storeId();
        } catch (RuntimeException unreadable) {
            // a missing or damaged key ring: any backup is better than none
        }
        String ours = storeId;
        return all.stream().filter(l -> ours == null || l.manifest().storeId().equals(ours)).findFirst()
                .or(() -> all.stream().findFirst())
                .map(l -> new BackupInfo(l.file(), l.manifest().created(), l.manifest().storeId()));
    }
}
