package org.casefile.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.casefile.UserFacingException;

/** Where a command's password comes from: a file, the CASEFILE_PASSWORD variable, or a prompt. */
final class PasswordSource {
    static final String ENV = "CASEFILE_PASSWORD";
    private final Path file;
    private final Map<String, String> env;
    private final Console console;

    PasswordSource(Path file, Map<String, String> env, Console console) {
        this.file = file;
        this.env = env;
        this.console = console;
    }

    char[] read(String prompt) {
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int end = text.indexOf('\n');
                String first = end < 0 ? text : text.substring(0, end);
                return (first.endsWith("\r") ? first.substring(0, first.length() - 1) : first).toCharArray();
            } catch (IOException e) {
                throw new UserFacingException(e, "cli.passwordFileUnreadable", file);
            }
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        if (console != null) {
            char[] typed = console.readPassword("%s: ", prompt);
            if (typed != null) {
                return typed;
            }
        }
        throw new UserFacingException("cli.noPassword");
    }

    /** For a new password: a prompt asks twice; a file or variable is taken as it is. */
    char[] readNew(String prompt, String repeatPrompt) {
        char[] first = read(prompt);
        if (file == null && (env.get(ENV) == null || env.get(ENV).isEmpty()) && console != null) {
            char[] again = console.readPassword("%s: ", repeatPrompt);
            if (again == null || !java.util.Arrays.equals(first, again)) {
                throw new UserFacingException("password.mismatch");
            }
        }
        return first;
    }
}
