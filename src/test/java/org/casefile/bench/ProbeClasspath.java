package org.casefile.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;

/**
 * The test classpath with its class folders packed into jars: the JDK's AOT cache refuses a classpath with a
 * non-empty folder on it ("Cannot have non-empty directory in paths"), and a Maven test run has two.
 */
final class ProbeClasspath {
    private ProbeClasspath() {
    }

    static String asJars(String classpath, Path jarFolder) throws IOException {
        Files.createDirectories(jarFolder);
        ToolProvider jar = ToolProvider.findFirst("jar")
                .orElseThrow(() -> new IllegalStateException("the jar tool is missing: run the benchmark on a full JDK"));
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.isDirectory(path)) {
                entries.add(entry);
                continue;
            }
            Path packed = jarFolder.resolve("classes-" + (n++) + ".jar");
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int exit = jar.run(System.out, new PrintStream(errors, true, StandardCharsets.UTF_8),
                    "--create", "--file", packed.toString(), "-C", path.toString(), ".");
            if (exit != 0) {
                throw new IOException("could not pack " + path + " into a jar: " + errors.toString(StandardCharsets.UTF_8));
            }
            entries.add(packed.toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
