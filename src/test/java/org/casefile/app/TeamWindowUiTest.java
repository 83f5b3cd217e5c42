package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientService;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.casefile.store.Database;
import org.casefile.ui.Background;
import org.casefile.ui.FxWait;
import org.casefile.ui.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on the store a test folder stands for: this computer's encrypted file in the ordinary run, and a
 * team's store on the PostgreSQL server in the {@code postgresql} run (as {@code casefile --database
 * postgresql://…} opens it). A colleague's client saved from another desktop shows up in the caseload.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWindowUiTest {
    private Path dir;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("casefile-team-ui");
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        if (window != null) {
            robot.interact(() -> {
                window.shutdown();
                stage.hide();
                // Leave the shared stage as the other UI tests expect it: no main-window minimum, full size.
                stage.setMinWidth(0);
                stage.setMinHeight(0);
                stage.setWidth(1180);
                stage.setHeight(800);
            });
        }
    }

    @Test
    void theWindowSignsInToTheStoreAndSeesAColleaguesClient(FxRobot robot) {
        Path store = dir.resolve("store");
        Database database = TestStores.database(store);
        TestStores.create(store).close();
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        robot.interact(() -> {
            window = new MainWindow(stage, database, settings, Clock.systemUTC(), TestStores.FAST, new Background());
            window.show();
        });
        FxWait.until(() -> robot.lookup("#username").tryQuery().isPresent(), "the sign-in screen");
        robot.clickOn("#username").write(TestStores.ADMIN);
        robot.clickOn("#password").write(new String(TestStores.PASSWORD)).type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#nav-dashboard").tryQuery().isPresent(), "the dashboard");

        String storeLine = robot.lookup("#storeLabel").queryAs(Label.class).getText();
        assertThat(storeLine).contains(database.describe());
        if (database instanceof Database.Server) {
            assertThat(storeLine).startsWith("Team store on the server: postgresql://");
        }

        // Another desktop (its own session on the same store) saves a client while this window is open.
        try (Session colleague = TestStores.signIn(store).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            new ClientService(colleague.transactions(), colleague.audit(), colleague.user(), Clock.systemUTC())
                    .create(ClientFixtures.named("Ada", "Colleague"));
        }
        robot.clickOn("#nav-clients");
        FxWait.until(() -> robot.lookup("#table").tryQuery().map(t -> ((TableView<?>) t).getItems().size() == 1)
                .orElse(false), "the colleague's client in the caseload");
        Screenshots.save(stage.getScene(), database instanceof Database.Server ? "team-caseload" : "embedded-caseload");
    }
}
