package org.casefile.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.testfx.api.FxRobot;

/**
 * A UI test's real encrypted store in a temporary folder, with the session's background runner and services,
 * and the tidy-up every UI test needs: wait for background work, hide every window, close, delete.
 */
public final class UiStore {
    public final Path dir;
    public final Session session;
    public final Background background = new Background();
    public final Workspace workspace;

    public UiStore(String name, Stage stage) {
        try {
            dir = Files.createTempDirectory("casefile-" + name + "-ui");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        session = TestStores.create(dir.resolve("store"));
        workspace = Workspace.open(session, background, new Dialogs(stage), Clock.systemDefaultZone());
    }

    public void close(FxRobot robot) {
        FxWait.until(() -> !background.busy().get(), "background work to finish");
        robot.interact(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
        background.shutdown();
        session.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
