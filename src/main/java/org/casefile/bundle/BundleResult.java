package org.casefile.bundle;

import java.nio.file.Path;
import java.util.List;

/**
 * A bundle saved: where, how many pages, its size and SHA-256 (recorded in every included exhibit's continuity
 * log and the audit log), warnings (page limit, size) and notes about exhibits shown other than as they are.
 */
public record BundleResult(Path file, int pages, long sizeBytes, String sha256, int exhibits, List<String> warnings,
                           List<String> notes) {
    public BundleResult {
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }
}
