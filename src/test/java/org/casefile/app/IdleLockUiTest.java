package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class IdleLockUiTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(new TextField()), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void locksAfterAQuietSpellAndTypingPutsItOff(FxRobot robot) throws Exception {
        AtomicInteger locks = new AtomicInteger();
        IdleLock[] idle = new IdleLock[1];
        robot.interact(() -> {
            idle[0] = new IdleLock(scene, Duration.millis(1500), locks::incrementAndGet);
            idle[0].start();
        });
        // Keep typing for longer than the idle time: no lock.
        robot.clickOn(".text-field");
        for (int i = 0; i < 6; i++) {
            robot.write("a");
            Thread.sleep(400);
        }
        assertThat(locks.get()).isZero();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> locks.get() == 1);
        robot.interact(() -> idle[0].stop());
    }
}
