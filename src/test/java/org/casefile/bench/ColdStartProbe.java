package org.casefile.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Runs in a fresh JVM started by {@link BenchSuite}: either a bare JavaFX window (the baseline) or Casefile
 * itself, launched through {@code org.casefile.Main} exactly as a person starts it. For Casefile it waits for the
 * unlock screen, types the user name and the password (read from standard input, never from the command line)
 * into the real fields after a pause like a person's, presses Unlock, and waits for the dashboard and then for
 * its lists to fill. Prints {@code probe <name> <value>} lines: times in epoch milliseconds, memory in bytes.
 */
public final class ColdStartProbe {
    private static final long POLL_MILLIS = 5;

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("bare")) {
            Application.launch(Bare.class);
            return;
        }
        // app STORE USER TYPING_MILLIS IDLE_MILLIS; the password is the first line of standard input.
        Path store = Path.of(args[1]);
        String user = args[2];
        long typingMillis = Long.parseLong(args[3]);
        long idleMillis = Long.parseLong(args[4]);
        char[] password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                .toCharArray();
        Thread driver = new Thread(() -> drive(user, password, typingMillis, idleMillis), "cold-start-probe");
        driver.setDaemon(true);
        driver.start();
        org.casefile.Main.main(new String[] {"--store", store.toString()});
    }

    private static void drive(String user, char[] password, long typingMillis, long idleMillis) {
        try {
            Scene unlock = waitFor(s -> s.lookup("#password") instanceof PasswordField
                    && s.getWindow().isShowing(), 120_000);
            print("unlockShown", System.currentTimeMillis());
            cpu("unlockShown");
            memory("AtUnlock");
            Thread.sleep(typingMillis);
            onFx(() -> {
                ((TextField) unlock.lookup("#username")).setText(user);
                ((PasswordField) unlock.lookup("#password")).setText(new String(password));
                print("unlockPressed", System.currentTimeMillis());
                cpu("unlockPressed");
                ((Button) unlock.lookup("#unlock")).fire();
                return null;
            });
            java.util.Arrays.fill(password, '\0');
            waitFor(s -> s.lookup("#greeting") != null && s.lookup("#greeting").isVisible(), 120_000);
            print("dashboardShown", System.currentTimeMillis());
            cpu("dashboardShown");
            waitFor(s -> filled(s.lookup("#reviews")) || filled(s.lookup("#overdue")), 300_000);
            print("dashboardFilled", System.currentTimeMillis());
            cpu("dashboardFilled");
            memory("AtDashboard");
            Thread.sleep(idleMillis);
            memory("Idle");
            print("heapPeak", ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum());
            print("done", 1);
            // Close as a person would, so the store is closed cleanly; Main exits when the window has gone.
            onFx(() -> {
                Window w = Window.getWindows().getFirst();
                w.fireEvent(new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
                return null;
            });
            Thread.sleep(900_000); // a large store may be compacted at close; Main exits when done
        } catch (Exception | AssertionError e) {
            System.out.println("probe failed " + e.getClass().getSimpleName());
        } finally {
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    private static boolean filled(Node node) {
        return node instanceof ListView<?> list && !list.getItems().isEmpty();
    }

    /** The first showing window's scene that passes {@code test}, asked on the FX thread every few ms. */
    private static Scene waitFor(Predicate<Scene> test, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            Scene found = null;
            try {
                found = onFx(() -> Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                        .filter(s -> s != null && s.getRoot() != null && test.test(s)).findFirst().orElse(null));
            } catch (IllegalStateException toolkitNotYetStarted) {
                // keep polling until JavaFX is up
            }
            if (found != null) {
                return found;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new AssertionError("timed out");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** Resident memory from the kernel: now, and the high-water mark so far. */
    static void memory(String when) throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
                String[] parts = line.trim().split("\\s+");
                print(parts[0].replace(":", "") + when, Long.parseLong(parts[1]) * 1024);
            }
        }
        print("heapUsed" + when, ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getUsage().getUsed()).sum());
        print("glDriverRss" + when, glDriverRss());
    }

    /** A line of /proc/self/smaps that starts a mapping (address range, then its flags and file). */
    private static final java.util.regex.Pattern MAPPING = java.util.regex.Pattern.compile("[0-9a-f]+-[0-9a-f]+ ");
    private static final java.util.regex.Pattern GL_DRIVER = java.util.regex.Pattern.compile(
            ".*/(libLLVM[^/]*|[^/]*_dri\\.so[^/]*|libgallium[^/]*|libGLX_mesa[^/]*|libglapi[^/]*|libGL\\.so[^/]*"
            + "|libGLX\\.so[^/]*|libGLdispatch[^/]*|libEGL[^/]*|libdrm[^/]*|libvulkan[^/]*)$");

    /**
     * Resident pages of the system's OpenGL driver. GTK 3 on X11 opens GLX at start to choose its visuals, which
     * maps the display's GL driver into every GTK program: on Xvfb that is Mesa's software one (libLLVM alone is
     * some 40 MB of shared library pages), on a laptop its GPU's. Counted so the table can show it apart.
     */
    static long glDriverRss() throws java.io.IOException {
        long kib = 0;
        boolean inDriver = false;
        for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
            if (MAPPING.matcher(line).lookingAt()) {
                String[] parts = line.trim().split("\\s+");
                inDriver = parts.length > 5 && GL_DRIVER.matcher(parts[5]).matches();
            } else if (inDriver && line.startsWith("Rss:")) {
                kib += Long.parseLong(line.trim().split("\\s+")[1]);
            }
        }
        return kib * 1024;
    }

    /** CPU time of the whole process so far (all threads, JIT and GC included), which load on the machine hardly moves. */
    static void cpu(String milestone) {
        print("cpu_" + milestone, ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000);
    }

    private static void print(String name, long value) {
        System.out.println("probe " + name + " " + value);
        System.out.flush();
    }

    /** The baseline: the emptiest JavaFX window of the same size, in the same kind of JVM. */
    public static final class Bare extends Application {
        @Override
        public void start(Stage stage) {
            Parent root = new StackPane();
            stage.setScene(new Scene(root, 1180, 760));
            stage.setOnShown(e -> {
                print("windowShown", System.currentTimeMillis());
                cpu("windowShown");
                try {
                    memory("AtWindow");
                } catch (java.io.IOException ignored) {
                    // memory is optional for the baseline
                }
                Runtime.getRuntime().halt(0);
            });
            stage.show();
        }
    }
}
