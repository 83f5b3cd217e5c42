package org.casefile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's run command and the installed launcher give Casefile the same memory settings. */
class LauncherOptionsTest {
    @Test
    void theRunCommandUsesTheLaunchersMemorySettings() throws IOException {
        Matcher m = Pattern.compile("<casefile.memory.flags>([^<]*)</casefile.memory.flags>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("pom.xml defines casefile.memory.flags").isTrue();
        List<String> pom = List.of(m.group(1).trim().split("\\s+"));
        List<String> launcher = LauncherOptions.read();
        assertThat(launcher).as("packaging/common.jpackage --java-options").containsAll(pom);
        assertThat(pom).as("every memory option of the launcher is in pom.xml")
                .containsAll(launcher.stream().filter(o -> o.startsWith("-Xm") || o.startsWith("-XX:")).toList());
    }
}
