package org.casefile.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the independent checker ../shared/tools/check-bundle (qpdf + poppler) on a bundle. */
public final class CheckBundle {
    private CheckBundle() {
    }

    public static Path tool() {
        Path tool = Path.of("..", "shared", "tools", "check-bundle").toAbsolutePath().normalize();
        if (!Files.isRegularFile(tool)) {
            fail("The bundle checker was not found at " + tool + ": keep the shared folder beside the repository.");
        }
        if (!onPath("python3")) {
            fail("python3 is missing: install the Debian package python3 to run the bundle checker.");
        }
        for (String program : List.of("qpdf", "pdftotext", "pdffonts", "pdfinfo")) {
            if (!onPath(program)) {
                fail(program + " is missing: install the Debian packages qpdf and poppler-utils "
                        + "(apt-get install qpdf poppler-utils) to check bundles.");
            }
        }
        return tool;
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Runs the checker and returns its report; fails the test unless every check passed. */
    public static String passes(Path pdf, String... mustNotContain) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", tool().toString(), pdf.toString()));
        for (String s : mustNotContain) {
            command.add("--must-not-contain");
            command.add(s);
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("check-bundle on %s:%n%s", pdf.getFileName(), report).isZero();
        return report;
    }

    /** With -Dcasefile.bundleSamples=DIR, keeps a copy of a test's bundle there to look at. */
    public static void keepSample(Path pdf) throws IOException {
        String dir = System.getProperty("casefile.bundleSamples");
        if (dir != null && !dir.isBlank()) {
            Files.createDirectories(Path.of(dir));
            Files.copy(pdf, Path.of(dir, pdf.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The text layer as pdftotext reads it. */
    public static String text(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(2, TimeUnit.MINUTES);
        return out;
    }
}
