package org.casefile.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casefile.SafeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed sign-ins seen while the database is closed (a wrong password cannot open it), kept beside the store
 * and moved into the audit log at the next successful sign-in. Only usernames that exist are kept, so a
 * password typed into the username field never lands on disk.
 */
final class PendingFailures {
    private static final Logger LOG = LoggerFactory.getLogger(PendingFailures.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    record Failure(@JsonProperty("at") String at, @JsonProperty("user") String user) {
    }

    private final Path file;

    PendingFailures(Path file) {
        this.file = file;
    }

    void add(Instant at, String knownUserOrNull) {
        try {
            String line = JSON.writeValueAsString(new Failure(at.toString(), knownUserOrNull)) + "\n";
            // A team's store keeps this file in this computer's folder for the server, made on first need.
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            // Losing this note must not stop the person from trying again; the log says it happened.
            LOG.warn("could not note a failed sign-in: {}", SafeLog.describe(e));
        }
    }

    List<Failure> read() {
        List<Failure> failures = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    try {
                        failures.add(JSON.readValue(line, Failure.class));
                    } catch (IOException damagedLine) {
                        failures.add(new Failure(null, null));
                    }
                }
            }
        } catch (NoSuchFileException none) {
            return List.of();
        } catch (IOException e) {
            LOG.warn("could not read noted failed sign-ins: {}", SafeLog.describe(e));
        }
        return failures;
    }

    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not clear noted failed sign-ins: {}", SafeLog.describe(e));
        }
    }
}
