package org.casefile.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.casefile.demo.DemoData;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.casefile.store.StoreLocation;
import org.casefile.ui.Background;
import org.testfx.api.FxRobot;

/**
 * The whole window over a small demo store (three clients of the test administrator) in a temporary folder,
 * in the light theme at normal size, and the tidy-up: shut down, back to light, delete.
 */
final class DemoWindow {
    final Path dir;
    final Settings settings;
    final MainWindow window;

    private DemoWindow(Path dir, Settings settings, MainWindow window) {
        this.dir = dir;
        this.settings = settings;
        this.window = window;
    }

    static DemoWindow open(FxRobot robot, Stage stage, long seed) {
        return open(robot, stage, seed, session -> { });
    }

    /** The same, with {@code more} written to the store after the demo clients (before the window opens). */
    static DemoWindow open(FxRobot robot, Stage stage, long seed, java.util.function.Consumer<Session> more) {
        try {
            Path dir = Files.createTempDirectory("casefile-demo-window");
            try (Session session = TestStores.create(dir.resolve("store"))) {
                new DemoData(seed, Clock.systemDefaultZone()).create(session, List.of(session.user()), 3, 4, n -> { });
                more.accept(session);
            }
            Settings settings = Settings.load(dir.resolve("settings.properties"));
            settings.setTheme(Settings.Theme.LIGHT);
            MainWindow[] window = new MainWindow[1];
            robot.interact(() -> {
                window[0] = new MainWindow(stage, new StoreLocation(dir.resolve("store")), settings, Clock.systemUTC(),
                        TestStores.FAST, new Background());
                window[0].show();
            });
            return new DemoWindow(dir, settings, window[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close(FxRobot robot, Stage stage) {
        robot.interact(() -> {
            window.shutdown();
            stage.hide();
            Theme.apply(Theme.Look.LIGHT, 100);
        });
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
