package org.casefile.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the computer is set to a dark appearance, asked the way each system answers: GNOME's colour scheme or
 * GTK_THEME on Linux, the AppsUseLightTheme registry value on Windows, AppleInterfaceStyle on macOS. Each question
 * runs a small program with a short time limit, so call it off the FX thread. Empty when the system cannot tell.
 */
public final class SystemAppearance {
    private static final long TIME_LIMIT_MS = 1500;

    private final String os;
    private final Function<String, String> environment;
    private final Function<List<String>, Optional<String>> run;

    SystemAppearance(String os, Function<String, String> environment, Function<List<String>, Optional<String>> run) {
        this.os = os.toLowerCase(Locale.ROOT);
        this.environment = environment;
        this.run = run;
    }

    public static SystemAppearance ofThisComputer() {
        return new SystemAppearance(System.getProperty("os.name", ""), System::getenv, SystemAppearance::output);
    }

    /** True for dark, false for light, empty when the system gives no answer. */
    public Optional<Boolean> prefersDark() {
        if (os.contains("win")) {
            return run.apply(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).flatMap(SystemAppearance::fromRegistry);
        }
        if (os.contains("mac")) {
            // The key exists only while dark is chosen; reading it fails in light mode.
            return Optional.of(run.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false));
        }
        Optional<Boolean> gnome = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .flatMap(SystemAppearance::fromColorScheme);
        if (gnome.isPresent()) {
            return gnome;
        }
        String gtk = environment.apply("GTK_THEME");
        return gtk == null || gtk.isBlank() ? Optional.empty()
                : Optional.of(gtk.toLowerCase(Locale.ROOT).contains("dark"));
    }

    /** {@code 'prefer-dark'}, {@code 'prefer-light'} or {@code 'default'} (light). */
    static Optional<Boolean> fromColorScheme(String output) {
        String value = output.strip().replace("'", "");
        return switch (value) {
            case "prefer-dark" -> Optional.of(true);
            case "prefer-light", "default" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} means dark. */
    static Optional<Boolean> fromRegistry(String output) {
        for (String line : output.lines().toList()) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 3 && parts[0].equalsIgnoreCase("AppsUseLightTheme")) {
                return Optional.of(parts[2].equalsIgnoreCase("0x0"));
            }
        }
        return Optional.empty();
    }

    /** The program's standard output when it ends in time with status 0; empty when missing, slow or failing. */
    private static Optional<String> output(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException missing) {
            return Optional.empty();
        }
        try (InputStream in = process.getInputStream()) {
            if (!process.waitFor(TIME_LIMIT_MS, TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            process.destroyForcibly();
        }
    }
}
