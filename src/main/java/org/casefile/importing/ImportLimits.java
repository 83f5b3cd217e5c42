package org.casefile.importing;

/**
 * Hard limits, so a hostile or broken file is refused with a sentence instead of filling memory.
 *
 * @param maxFileBytes       the largest file read at all
 * @param maxMessages        the most entries one file may hold
 * @param maxMessageChars    the longest single message or line
 * @param maxUnzippedBytes   the most bytes a zip may inflate to, counted as they come out (never trusting headers)
 * @param maxZipEntries      the most entries in a zip
 * @param maxZipRatio        how many times its compressed size a zip may grow before it is called a bomb
 */
public record ImportLimits(long maxFileBytes, int maxMessages, int maxMessageChars, long maxUnzippedBytes,
                           int maxZipEntries, int maxZipRatio) {
    public static final ImportLimits DEFAULT = new ImportLimits(512L * 1024 * 1024, 2_000_000, 1_000_000,
            1024L * 1024 * 1024, 20_000, 200);
}
