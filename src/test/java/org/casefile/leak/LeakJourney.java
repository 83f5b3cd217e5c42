package org.casefile.leak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@link Journey} once per test JVM in a process of its own: Casefile's production logging configuration
 * (logback.xml, not the tests' one) writing into a folder of its own, and {@code java.io.tmpdir} pointed at an
 * empty folder. The log and temp-folder tests read what it left.
 */
final class LeakJourney {
    record Result(int exitCode, String log, String console, Path tempFolder, List<Path> leftInTemp) {
    }

    private static Result result;

    private LeakJourney() {
    }

    static synchronized Result result() throws Exception {
        if (result == null) {
            result = run();
        }
        return result;
    }

    private static Result run() throws Exception {
        Path work = Files.createTempDirectory("casefile-leak-journey");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(work)));
        Path temp = Files.createDirectories(work.resolve("tmp"));
        Path logs = work.resolve("logs");
        Path stdout = work.resolve("stdout.txt");
        Path stderr = work.resolve("stderr.txt");
        Process journey = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-Djava.awt.headless=true", "-Duser.language=en",
                "-Duser.country=GB", "-Djava.io.tmpdir=" + temp, "-Dlogback.configurationFile=logback.xml",
                "-Dcasefile.logDir=" + logs, "-cp", System.getProperty("java.class.path"), Journey.class.getName(),
                work.resolve("journey").toString())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        journey.getOutputStream().close();
        if (!journey.waitFor(180, TimeUnit.SECONDS)) {
            journey.destroyForcibly();
            throw new AssertionError("the journey did not finish in 3 minutes");
        }
        StringBuilder log = new StringBuilder();
        if (Files.isDirectory(logs)) {
            try (Stream<Path> files = Files.walk(logs)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    log.append(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        String console = Files.readString(stdout, StandardCharsets.UTF_8) + Files.readString(stderr, StandardCharsets.UTF_8);
        List<Path> left;
        try (Stream<Path> files = Files.walk(temp)) {
            left = files.filter(p -> !p.equals(temp)).map(temp::relativize).toList();
        }
        return new Result(journey.exitValue(), log.toString(), console, temp, left);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort at exit
        }
    }
}
