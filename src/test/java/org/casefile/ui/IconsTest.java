package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.IkonHandler;
import java.util.ServiceLoader;

/** Every icon named in a view or a controller exists: an unknown one throws only when its screen is shown. */
class IconsTest {
    private static final Pattern LITERAL = Pattern.compile("\"(md(?:al|mz|oal|omz)-[a-z0-9_]+)\"");

    @Test
    void everyIconLiteralResolves() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        assertThat(literals).as("icon literals found").hasSizeGreaterThan(10);
        Set<String> unknown = new TreeSet<>();
        for (String literal : literals) {
            boolean found = false;
            for (IkonHandler handler : ServiceLoader.load(IkonHandler.class)) {
                if (handler.supports(literal)) {
                    try {
                        found = handler.resolve(literal) != null;
                    } catch (RuntimeException e) {
                        found = false;
                    }
                }
            }
            if (!found) {
                unknown.add(literal);
            }
        }
        assertThat(unknown).as("icons that do not exist in the material2 pack").isEmpty();
    }
}
