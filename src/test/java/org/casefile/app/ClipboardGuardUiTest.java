package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A phone number copied out of a field leaves the clipboard after the set time, or at once on lock. */
@ExtendWith(ApplicationExtension.class)
class ClipboardGuardUiTest {
    private static final String PHONE = "07700 900123";
    private TextField field;

    @Start
    void start(Stage stage) {
        field = new TextField(PHONE);
        stage.setScene(new Scene(new StackPane(field), 300, 200));
        stage.show();
    }

    @Test
    void copiedTextIsClearedAfterTheTimeButLaterCopiesAreLeftAlone(FxRobot robot) {
        ClipboardGuard[] guard = new ClipboardGuard[1];
        robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            guard[0] = new ClipboardGuard(Clipboard.getSystemClipboard(), Duration.seconds(60));
        });
        copyTheField(robot);
        assertThat(clipboardText(robot)).isEqualTo(PHONE);

        robot.interact(() -> guard[0].tick(1000));   // the guard sees the copy
        robot.interact(() -> guard[0].tick(59_000)); // 59 s after the copy was seen
        assertThat(clipboardText(robot)).as("kept for the set time").isEqualTo(PHONE);
        robot.interact(() -> guard[0].tick(1000));
        assertThat(clipboardText(robot)).as("cleared after 60 s").isNull();

        // Copied again, then something else replaces it (another program, between two looks): clearing on lock
        // leaves the other thing alone — it is not Casefile's.
        copyTheField(robot);
        robot.interact(() -> guard[0].tick(1000));
        robot.interact(() -> {
            ClipboardContent other = new ClipboardContent();
            other.putString("shopping list");
            Clipboard.getSystemClipboard().setContent(other);
            guard[0].clearIfOurs();
        });
        assertThat(clipboardText(robot)).isEqualTo("shopping list");
    }

    @Test
    void lockingClearsWhatWasCopiedAtOnce(FxRobot robot) {
        ClipboardGuard[] guard = new ClipboardGuard[1];
        robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            guard[0] = new ClipboardGuard(Clipboard.getSystemClipboard(), Duration.seconds(60));
        });
        copyTheField(robot);
        robot.interact(() -> {
            guard[0].tick(1000);
            guard[0].clearIfOurs(); // what MainWindow does on lock, sign-out and exit
        });
        assertThat(clipboardText(robot)).isNull();
    }

    private void copyTheField(FxRobot robot) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
    }

    private static String clipboardText(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().hasString()
                ? Clipboard.getSystemClipboard().getString() : null);
        return text[0];
    }
}
