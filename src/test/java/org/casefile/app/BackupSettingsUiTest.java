package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.casefile.backup.DailyBackup;
import org.casefile.settings.Settings;
import org.casefile.ui.Dialogs;
import org.casefile.ui.FxWait;
import org.casefile.ui.UiStore;
import org.casefile.ui.Views;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings → Backups: the folder, "Back up now" and what the last backup was, as a caseworker sees them. */
@ExtendWith(ApplicationExtension.class)
class BackupSettingsUiTest {
    private UiStore store;
    private Stage stage;
    private Settings settings;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = new UiStore("backup-settings", stage);
        settings = Settings.load(store.dir.resolve("settings.properties"));
    }

    @AfterEach
    void close(FxRobot robot) {
        store.close(robot);
    }

    @Test
    void backUpNowIntoAChosenFolderShowsTheBackupAndSavesTheSetting(FxRobot robot) throws Exception {
        Path chosen = store.dir.resolve("usb");
        robot.interact(() -> {
            SettingsController controller = new SettingsController(store.session, settings, store.background,
                    new Dialogs(stage), () -> { }, store.workspace.risk(),
                    new DailyBackup(store.session, settings, Clock.systemUTC()));
            controller.chooseBackupFolderDialog = owner -> new File(chosen.toString());
            Parent view = Views.load("Settings.fxml", controller);
            stage.setScene(new Scene(view, 1180, 760));
            stage.show();
        });
        waitForText(robot, "#backupStatus", "There is no backup of this store in that folder yet.");
        assertThat(text(robot, "#backupFolder")).contains(store.dir.resolve("store-backups").toString(), "another disk");

        robot.interact(() -> robot.lookup("#chooseBackupFolder").queryButton().fire());
        waitForText(robot, "#backupFolder", chosen.toString());
        FxWait.until(() -> Settings.load(store.dir.resolve("settings.properties")).chosenBackupFolder().isPresent(),
                "the backup folder to be saved");

        robot.interact(() -> robot.lookup("#backUpNow").queryButton().fire());
        waitForText(robot, "#backupStatus", "Last backup: ");
        assertThat(text(robot, "#backupStatus")).contains("casefile-", ".cfbackup");
        try (var files = Files.list(chosen)) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".cfbackup");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitForText(FxRobot robot, String query, String part) {
        FxWait.until(() -> robot.lookup(query).tryQuery()
                .map(n -> n instanceof Label l && l.getText() != null && l.getText().contains(part))
                .orElse(false), "'" + part + "' in " + query);
    }
}
