package org.casefile.app;

import org.casefile.ui.Screenshots;
import org.casefile.ui.Background;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.casefile.security.AuditRecord;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.casefile.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a person meets it: first run, the shell, locking and unlocking, wrong passwords. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    private static final String PASSWORD = "correct horse battery";
    private Path dir;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("casefile-ui");
    }

    private void open(FxRobot robot) {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        robot.interact(() -> {
            window = new MainWindow(stage, new StoreLocation(dir.resolve("store")), settings, Clock.systemUTC(),
                    TestStores.FAST, new Background());
            window.show();
        });
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws IOException {
        if (window != null) {
            robot.interact(() -> {
                window.shutdown();
                stage.hide();
            });
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void firstRunCreatesTheAdministratorAndOpensTheShell(FxRobot robot) {
        open(robot);
        assertThat(text(robot, ".title-3")).isEqualTo("Set up Casefile on this computer");
        Screenshots.save(stage.getScene(), "first-run");

        robot.clickOn("#fullName").write("Jo Smith");
        // Initials and username are suggested from the name.
        assertThat(robot.lookup("#initials").queryTextInputControl().getText()).isEqualTo("JS");
        assertThat(robot.lookup("#username").queryTextInputControl().getText()).isEqualTo("jsmith");

        robot.clickOn("#password").write("too short");
        robot.clickOn("#repeat").write("too short");
        robot.clickOn("#create");
        assertThat(text(robot, "#message")).contains("at least 12 characters");

        robot.doubleClickOn("#password").eraseText(9).write(PASSWORD);
        robot.doubleClickOn("#repeat").eraseText(9).write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#nav-dashboard");

        assertThat(text(robot, ".title-2")).isEqualTo("Hello, Jo");
        assertThat(robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup(".nav-button").queryAll()).hasSize(7);
        assertThat(new StoreLocation(dir.resolve("store")).state()).isEqualTo(StoreLocation.State.READY);
        Screenshots.save(stage.getScene(), "shell");

        robot.clickOn("#nav-clients");
        assertThat(text(robot, ".section-title")).isEqualTo("Clients");
        waitFor(robot, "#search");
        robot.clickOn("#nav-incidents");
        assertThat(text(robot, ".title-4")).isEqualTo("No incidents yet");

        // Keyboard: Ctrl+7 is Settings; the dark theme is chosen and remembered for this computer.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        assertThat(text(robot, ".section-title")).isEqualTo("Settings");
        robot.clickOn("#dark");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "settings-dark");
        waitUntil(() -> Settings.load(dir.resolve("settings.properties")).theme() == Settings.Theme.DARK,
                "the dark theme to be saved");
        robot.clickOn("#light");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition, String what) {
        org.casefile.ui.FxWait.until(condition, what);
    }

    @Test
    void lockHidesTheWorkAndOnlyTheRightPasswordBringsItBack(FxRobot robot) {
        TestStores.create(dir.resolve("store")).close();
        open(robot);
        signIn(robot, TestStores.ADMIN, new String(TestStores.PASSWORD));
        robot.clickOn("#nav-settings");

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(robot, "#unlock");
        assertThat(text(robot, ".title-3")).isEqualTo("Casefile is locked");
        assertThat(robot.lookup("#nav-dashboard").tryQuery()).as("the shell is not in the window while locked").isEmpty();
        Screenshots.save(stage.getScene(), "locked");

        robot.clickOn("#password").write("not my password").type(KeyCode.ENTER);
        waitForText(robot, "#message", "not right");
        assertThat(robot.lookup("#password").queryTextInputControl().getText()).isEmpty();

        robot.write(new String(TestStores.PASSWORD)).type(KeyCode.ENTER);
        waitFor(robot, "#nav-settings");
        assertThat(text(robot, ".section-title")).as("back where the person was").isEqualTo("Settings");

        robot.clickOn("#lockButton");
        waitFor(robot, "#unlock");
        robot.clickOn("#secondary"); // sign out
        waitForText(robot, ".title-3", "Sign in");

        try (Session audit = waitForStoreReleased(robot)) {
            assertThat(audit.audit().recent(20)).extracting(AuditRecord::action)
                    .containsSubsequence("SIGN_OUT", "LOCK", "UNLOCK", "UNLOCK_FAILED", "LOCK");
        }
    }

    @Test
    void aWrongPasswordAtSignInSaysSoAndKeepsTheUsername(FxRobot robot) {
        TestStores.create(dir.resolve("store")).close();
        open(robot);
        Screenshots.save(stage.getScene(), "sign-in");
        robot.clickOn("#username").write("jsmith");
        robot.clickOn("#password").write("not the password").type(KeyCode.ENTER);
        waitForText(robot, "#message", "The username or password is not right");
        assertThat(robot.lookup("#username").queryTextInputControl().getText()).isEqualTo("jsmith");
        Screenshots.save(stage.getScene(), "sign-in-wrong-password");

        robot.clickOn("#password").write(new String(TestStores.PASSWORD)).type(KeyCode.ENTER);
        waitFor(robot, "#nav-dashboard");
        assertThat(text(robot, "#lastSignIn")).startsWith("Before this, you last signed in on");
    }

    @Test
    void aStoreThatCannotBeOpenedSaysWhyInsteadOfOfferingAPasswordField(FxRobot robot) throws IOException {
        TestStores.create(dir.resolve("store")).close();
        Files.delete(new StoreLocation(dir.resolve("store")).databaseFile());
        open(robot);
        assertThat(text(robot, ".title-3")).isEqualTo("Casefile cannot open the store");
        assertThat(text(robot, "#message")).contains("database file is missing");
        assertThat(robot.lookup("#password").queryAs(Node.class).isVisible()).isFalse();
        Screenshots.save(stage.getScene(), "store-problem");
    }

    private void signIn(FxRobot robot, String user, String password) {
        robot.clickOn("#username").write(user);
        robot.clickOn("#password").write(password).type(KeyCode.ENTER);
        waitFor(robot, "#nav-dashboard");
    }

    /** Signing out closes the store in the background; then the test may open it itself. */
    private Session waitForStoreReleased(FxRobot robot) {
        robot.interact(() -> window.shutdown());
        window = null;
        return TestStores.signIn(dir.resolve("store")).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitFor(FxRobot robot, String query) {
        org.casefile.ui.FxWait.until(() -> robot.lookup(query).tryQuery().isPresent(), query);
    }

    private static void waitForText(FxRobot robot, String query, String part) {
        org.casefile.ui.FxWait.until(() -> robot.lookup(query).tryQuery()
                .map(n -> n instanceof Label l && l.getText().contains(part)).orElse(false), "'" + part + "' in " + query);
    }
}
