package org.casefile.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options the packaged launcher starts Casefile with, read from {@code packaging/common.jpackage}, so the
 * benchmark's window runs measure the memory and start-up of what ships rather than the JVM's defaults (which
 * on a 24 GB machine allow a 6 GB heap).
 */
final class LauncherOptions {
    private static final Pattern JAVA_OPTIONS = Pattern.compile("^--java-options\\s+\"([^\"]*)\"\\s*$");

    private LauncherOptions() {
    }

    static List<String> read() {
        Path file = Path.of("packaging", "common.jpackage");
        try {
            List<String> options = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                Matcher m = JAVA_OPTIONS.matcher(line.strip());
                if (m.matches()) {
                    for (String option : m.group(1).trim().split("\\s+")) {
                        if (!option.isEmpty()) {
                            options.add(option);
                        }
                    }
                }
            }
            if (options.isEmpty()) {
                throw new IllegalStateException(file + " names no --java-options: the benchmark would not run as the launcher does");
            }
            return options;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file.toAbsolutePath() + " (run from the repository's root)", e);
        }
    }
}
