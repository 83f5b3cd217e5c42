package org.casefile.app;

import org.casefile.ui.Workspace;
import org.casefile.ui.Background;
import org.casefile.ui.Views;
import org.casefile.ui.Dialogs;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.casefile.Entities;
import org.casefile.Messages;
import org.casefile.SafeLog;
import org.casefile.StartupClock;
import org.casefile.UserFacingException;
import org.casefile.backup.BackupAdvice;
import org.casefile.backup.DailyBackup;
import org.casefile.security.Session;
import org.casefile.security.SignIn;
import org.casefile.settings.Settings;
import org.casefile.store.Argon2Params;
import org.casefile.store.KeyRing;
import org.casefile.store.PreparedHibernate;
import org.casefile.store.Store;
import org.casefile.store.Database;
import org.casefile.store.StoreLocation;
import org.casefile.store.StoreLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the window: which screen shows, who is signed in, lock and sign-out. The shell stays in
 * memory while locked, so unlocking returns a person to exactly what they were doing.
 */
public final class MainWindow {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private static final KeyCombination LOCK_KEY = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage;
    private final Database database;
    private final StoreLocation location;
    private final Settings settings;
    private final Clock clock;
    private final Argon2Params argon2;
    private final Background background;
    /** Hibernate being prepared for the next sign-in (see {@link #prepareAhead()}); null when signed in. */
    private CompletableFuture<PreparedHibernate> prepared;
    private final Scene scene;
    private StoreLock lock;
    private Session session;
    private Parent shell;
    private IdleLock idleLock;
    private DailyBackup dailyBackup;
    /** Asks the daily backup every hour whether it is due; stopped at sign-out. */
    private javafx.animation.Timeline backupCheck;
    private final ClipboardGuard clipboard;

    public MainWindow(Stage stage, StoreLocation location, Settings settings, Clock clock, Argon2Params argon2,
                      Background background) {
        this(stage, new Database.Embedded(location), settings, clock, argon2, background);
    }

    /** The window on an embedded store or a team's store on a server ({@code --database}). */
    public MainWindow(Stage stage, Database database, Settings settings, Clock clock, Argon2Params argon2,
                      Background background) {
        this.stage = stage;
        this.database = database;
        this.location = database.location();
        this.settings = settings;
        this.clock = clock;
        this.argon2 = argon2;
        this.background = background;
        this.scene = new Scene(new javafx.scene.layout.StackPane(), 1180, 760);
        applyTheme();
        org.casefile.ui.DialogAccess.install();
        scene.getAccelerators().put(LOCK_KEY, this::lock);
        clipboard = new ClipboardGuard(javafx.scene.input.Clipboard.getSystemClipboard(),
                Duration.seconds(settings.clipboardClearSeconds()));
    }

    public void show() {
        stage.setTitle(Messages.get("app.title"));
        stage.getIcons().add(new Image(MainWindow.class.getResourceAsStream("casefile.png")));
        stage.setMinWidth(860);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.setOnShown(e -> StartupClock.mark("window shown"));
        stage.setOnCloseRequest(e -> shutdown());
        clipboard.start();
        try {
            lock = StoreLock.acquire(location);
            boolean isNew = database instanceof Database.Server server
                    ? !server.hasStore()
                    : location.state() == StoreLocation.State.NEW;
            if (isNew) {
                showFirstRun();
            } else {
                showSignIn();
                signIn().requireReady();
            }
        } catch (UserFacingException problem) {
            showProblem(explain(problem).getMessage());
        }
        stage.show();
    }

    /**
     * While the person types: Hibernate started for the store (sign-in takes it instead of starting its own), then
     * the key derivation and the database engine loaded, so pressing Unlock costs only the key, the file and the
     * sign-in's own write. One background job, leaving the second worker free for the sign-in itself.
     */
    private CompletableFuture<PreparedHibernate> prepareAhead() {
        CompletableFuture<PreparedHibernate> preparing = new CompletableFuture<>();
        if (!(database instanceof Database.Embedded)) {
            preparing.completeExceptionally(new IllegalStateException("only an embedded store is prepared ahead"));
            return preparing;
        }
        long started = System.nanoTime();
        background.run("warm-up", () -> {
            try {
                preparing.complete(PreparedHibernate.forEmbeddedStore(Entities.all()));
            } catch (RuntimeException | Error e) {
                preparing.completeExceptionally(e);
            }
            LOG.info("startup: Hibernate prepared in {} ms", (System.nanoTime() - started) / 1_000_000);
            KeyRing.warmUp();
            Store.warmUpDatabase();
            return null;
        }).onSuccess(done -> LOG.info("startup: warm-up took {} ms", (System.nanoTime() - started) / 1_000_000))
                .quietly()
                .start();
        return preparing;
    }

    private SignIn signIn() {
        return new SignIn(database, Entities.all(), clock, argon2);
    }

    /** Lets go of a Hibernate prepared for a sign-in that did not happen. */
    private void dropPrepared() {
        CompletableFuture<PreparedHibernate> p = prepared;
        prepared = null;
        if (p != null) {
            p.thenAccept(PreparedHibernate::close);
        }
    }

    private void showFirstRun() {
        scene.setRoot(Views.load("FirstRun.fxml", new FirstRunController(signIn(), background, this::signedIn)));
    }

    /** A damaged or missing store file: the sentence names the latest backup to restore. */
    private Throwable explain(Throwable failure) {
        return BackupAdvice.explain(failure, location, settings.backupFolder(location.directory()));
    }

    private void showSignIn() {
        dropPrepared();
        prepared = prepareAhead();
        UnlockController controller = UnlockController.signIn(signIn().withPreparedHibernate(prepared), background,
                this::signedIn, this::explain);
        scene.setRoot(Views.load("Unlock.fxml", controller));
    }

    private void showProblem(String sentence) {
        UnlockController controller = UnlockController.problem(location, sentence, Platform::exit);
        scene.setRoot(Views.load("Unlock.fxml", controller));
    }

    private void signedIn(Session opened) {
        StartupClock.mark("store open");
        dropPrepared(); // taken by the store, or left unused if sign-in started its own
        session = opened;
        Workspace workspace = Workspace.open(session, background, new Dialogs(stage), clock,
                settings.maxExhibitBytes(), settings.maracRepeatMonths());
        CompletableFuture<Glance> firstGlance = Glance.readAhead(workspace);
        dailyBackup = new DailyBackup(session, settings, clock);
        ShellController controller = new ShellController(workspace, settings, this::lock, this::signOut,
                this::settingsChanged, dailyBackup, database.describe(), firstGlance);
        shell = Views.load("Shell.fxml", controller);
        scene.setRoot(shell);
        idleLock = new IdleLock(scene, Duration.minutes(settings.idleLockMinutes()), this::lock);
        idleLock.start();
        controller.focusNavigation();
        StartupClock.mark("dashboard ready");
        startBackupChecks();
    }

    /**
     * A minute after sign-in and every hour: a backup if the last one is a day old (DailyBackup decides, off the FX
     * thread). Not at once: copying a large store while the dashboard fills made the first minute slow (the
     * benchmark in docs/performance.md found it took about 6 s of CPU from the dashboard's start).
     */
    private void startBackupChecks() {
        DailyBackup daily = dailyBackup;
        Runnable check = () -> background.run(Messages.get("settings.backups.running"), daily::runIfDue)
                .quietly()
                .start();
        backupCheck = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(Duration.minutes(1), e -> check.run()),
                new javafx.animation.KeyFrame(Duration.minutes(61)));
        backupCheck.setCycleCount(javafx.animation.Animation.INDEFINITE);
        backupCheck.play();
    }

    private void stopBackupChecks() {
        if (backupCheck != null) {
            backupCheck.stop();
            backupCheck = null;
        }
        dailyBackup = null;
    }

    /** Hides everything behind the lock screen; the work underneath stays as it was. */
    public void lock() {
        if (session == null || scene.getRoot() != shell) {
            return;
        }
        idleLock.stop();
        clipboard.clearIfOurs();
        Session current = session;
        background.run(Messages.get("lock.locking"), () -> {
            current.lock();
            return null;
        }).start();
        UnlockController controller = UnlockController.locked(current, background, this::unlocked, this::signOut);
        scene.setRoot(Views.load("Unlock.fxml", controller));
    }

    private void unlocked() {
        scene.setRoot(shell);
        idleLock.start();
    }

    private void signOut() {
        if (session == null) {
            return;
        }
        idleLock.stop();
        clipboard.clearIfOurs();
        stopBackupChecks();
        Session closing = session;
        session = null;
        shell = null;
        background.run(Messages.get("signOut.running"), () -> {
            closing.close();
            return null;
        }).onFailure(e -> LOG.warn("sign-out did not close cleanly: {}", SafeLog.describe(e))).start();
        showSignIn();
    }

    /**
     * The chosen look at once; "follow the system" shows light until the system has answered (off the FX thread,
     * with a time limit), then its choice.
     */
    private void applyTheme() {
        Settings.Theme chosen = settings.theme();
        Theme.apply(Theme.resolve(chosen, java.util.Optional.empty()), settings.fontSize());
        Theme.style(scene);
        if (chosen == Settings.Theme.SYSTEM) {
            background.run("system appearance", () -> SystemAppearance.ofThisComputer().prefersDark())
                    .onSuccess(dark -> {
                        if (settings.theme() == Settings.Theme.SYSTEM) {
                            Theme.apply(Theme.resolve(Settings.Theme.SYSTEM, dark), settings.fontSize());
                        }
                    })
                    .quietly()
                    .start();
        }
    }

    private void settingsChanged() {
        applyTheme();
        if (idleLock != null) {
            idleLock.setIdleTime(Duration.minutes(settings.idleLockMinutes()));
        }
    }

    /** Signs out and lets go of the store; called when the window closes. */
    public void shutdown() {
        if (idleLock != null) {
            idleLock.stop();
        }
        clipboard.clearIfOurs();
        clipboard.stop();
        stopBackupChecks();
        dropPrepared();
        if (session != null) {
            try {
                session.close();
            } catch (RuntimeException e) {
                LOG.warn("closing the store on exit failed: {}", SafeLog.describe(e));
            }
            session = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
        background.shutdown();
    }

    Scene scene() {
        return scene;
    }

    ClipboardGuard clipboardGuard() {
        return clipboard;
    }
}
