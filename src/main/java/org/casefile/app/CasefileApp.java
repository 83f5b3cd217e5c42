package org.casefile.app;

import org.casefile.ui.Background;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;
import org.casefile.StartupClock;
import org.casefile.settings.Settings;
import org.casefile.store.Argon2Params;
import org.casefile.store.Database;
import org.casefile.store.StoreLocation;

/** The JavaFX application: one window, shown at once on the unlock screen. */
public final class CasefileApp extends Application {
    private static volatile Database database = new Database.Embedded(StoreLocation.defaultLocation());
    private MainWindow window;

    /** Opens the window on {@code store} (a folder, or a team's server) and returns when it is closed. */
    public static void launchWindow(Database store) {
        database = store;
        Application.launch(CasefileApp.class);
    }

    @Override
    public void start(Stage stage) {
        StartupClock.mark("JavaFX started");
        Settings settings = Settings.load(Settings.defaultFile());
        window = new MainWindow(stage, database, settings, Clock.systemDefaultZone(), Argon2Params.DEFAULT,
                new Background());
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}
