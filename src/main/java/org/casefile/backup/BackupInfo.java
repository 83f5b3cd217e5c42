package org.casefile.backup;

import java.nio.file.Path;
import java.time.Instant;

/** A complete backup found in a folder. */
public record BackupInfo(Path file, Instant createdAt, String storeId) {
}
