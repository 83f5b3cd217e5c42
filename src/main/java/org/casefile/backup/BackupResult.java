package org.casefile.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A backup that was made, checked and put in place, and the older ones removed to keep the number asked for. */
public record BackupResult(Path file, Instant createdAt, long sizeBytes, long databaseBytes, List<Path> removed) {
}
