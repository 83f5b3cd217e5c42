package org.casefile.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.casefile.Entities;
import org.casefile.cli.CasefileCommand;
import org.casefile.security.Role;
import org.casefile.security.Session;
import org.casefile.security.SignIn;
import org.casefile.security.User;
import org.casefile.settings.Settings;
import org.casefile.store.Argon2Params;
import org.casefile.store.StoreLocation;

/**
 * The packaging build's training run for the JDK's ahead-of-time cache (see packaging/README.md): with
 * {@code -Dcasefile.aotTraining=true} the launcher makes a small demo store in a temporary folder, opens the window
 * on it, signs in as the demo administrator, waits for the dashboard and quits, so the classes of start-up,
 * sign-in and the first screen are the ones the cache holds. Nothing outside the temporary folder is touched; it
 * needs a display (Xvfb in the build).
 */
public final class AotTraining {
    public static final String PROPERTY = "casefile.aotTraining";
    private static final long LIMIT_SECONDS = 180;

    private AotTraining() {
    }

    /** Prepares the demo store and the robot that drives the window; returns the arguments that open it. */
    public static String[] prepare() {
        try {
            Path folder = Files.createTempDirectory("casefile-aot-training");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
            // Settings, logs and the default store all resolve under the temporary folder.
            System.setProperty("user.home", folder.toString());
            System.setProperty("casefile.logDir", folder.resolve("logs").toString());
            Path store = folder.resolve("store");
            String password = UUID.randomUUID().toString();
            CasefileCommand demo = new CasefileCommand(location -> { }, Map.of("CASEFILE_PASSWORD", password), null,
                    Clock.systemDefaultZone(), Settings.load(folder.resolve("settings.properties")));
            int made = CasefileCommand.commandLine(demo)
                    .execute("--store", store.toString(), "demo", "--clients", "8", "--incidents-per-client", "6");
            if (made != 0) {
                throw new IllegalStateException("the demo store for AOT training was not made (exit " + made + ")");
            }
            String caseworker = firstCaseworker(store, password);
            Thread robot = new Thread(() -> drive(caseworker, password), "casefile-aot-training");
            robot.setDaemon(true);
            robot.start();
            return new String[] {"--store", store.toString()};
        } catch (IOException e) {
            throw new IllegalStateException("no temporary folder for AOT training", e);
        }
    }

    /**
     * A caseworker of the demo team: most sign-ins are theirs, and their dashboard reads their own caseload, so
     * the cache then holds the classes and profiles of the reads a caseworker waits for after unlocking.
     */
    private static String firstCaseworker(Path store, String password) {
        SignIn signIn = new SignIn(new StoreLocation(store), Entities.all(), Clock.systemDefaultZone(),
                Argon2Params.DEFAULT);
        try (Session session = signIn.unlock("admin", password.toCharArray())) {
            return session.users().all().stream().filter(u -> u.role() == Role.CASEWORKER).map(User::username)
                    .findFirst().orElseThrow(() -> new IllegalStateException("the demo store has no caseworker"));
        }
    }

    /** Signs in once the unlock screen shows, then quits when the dashboard is there; exit 2 if it never comes. */
    private static void drive(String user, String password) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        try {
            Scene scene = waitFor(deadline, () -> Window.getWindows().stream().filter(Window::isShowing)
                    .map(Window::getScene).filter(s -> s != null && s.lookup("#password") != null).findFirst()
                    .orElse(null));
            onFx(() -> {
                ((TextInputControl) scene.lookup("#username")).setText(user);
                ((TextInputControl) scene.lookup("#password")).setText(password);
                ((Button) scene.lookup("#unlock")).fire();
                return Boolean.TRUE;
            });
            waitFor(deadline, () -> scene.lookup("#password") == null ? Boolean.TRUE : null);
            Thread.sleep(3000); // the dashboard fills its lists in the background
            Platform.runLater(Platform::exit);
        } catch (Exception e) {
            System.err.println("AOT training failed: " + e);
            System.exit(2);
        }
    }

    /** Asks {@code probe} on the FX thread every 200 ms until it answers non-null. */
    private static <T> T waitFor(long deadline, java.util.function.Supplier<T> probe) throws Exception {
        while (System.nanoTime() < deadline) {
            try {
                T found = onFx(probe::get);
                if (found != null) {
                    return found;
                }
            } catch (IllegalStateException toolkitNotStarted) {
                // JavaFX is not up yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the window did not reach the expected screen in " + LIMIT_SECONDS + " s");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temporary folder; the OS clears it
        }
    }
}
