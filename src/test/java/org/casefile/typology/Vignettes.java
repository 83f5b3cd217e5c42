package org.casefile.typology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The synthetic vignettes in src/test/resources/typology/vignettes: case exchange files named
 * {@code EXPECTED__short-story.json}, where EXPECTED is a {@link StalkerType} name or UNDETERMINED. The same files
 * drive the rules test and the command-line test.
 */
public final class Vignettes {
    public static final Path FOLDER = Path.of("src/test/resources/typology/vignettes");

    private Vignettes() {
    }

    public static List<Path> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected primary type's name, or UNDETERMINED. */
    public static String expected(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf("__"));
    }
}
