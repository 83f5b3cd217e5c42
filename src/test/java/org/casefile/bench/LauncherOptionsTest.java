package org.casefile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's run command and the installed launcher give Casefile the same JVM settings. */
class LauncherOptionsTest {
    @Test
    void theRunCommandUsesTheLaunchersJvmSettings() throws IOException {
        Matcher m = Pattern.compile("<casefile.launcher.flags>([^<]*)</casefile.launcher.flags>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("pom.xml defines casefile.launcher.flags").isTrue();
        List<String> pom = List.of(m.group(1).trim().split("\\s+"));
        List<String> launcher = LauncherOptions.read();
        assertThat(launcher).as("packaging/common.jpackage --java-options").containsAll(pom);
        assertThat(pom).as("every heap, GC and JIT option of the launcher is in pom.xml")
                .containsAll(launcher.stream().filter(o -> o.startsWith("-Xm") || o.startsWith("-XX:")).toList());
    }
}
