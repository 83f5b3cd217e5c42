package org.casefile.app;

import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/** Locks Casefile after a quiet spell: any key, click or mouse movement in the window starts the wait again. */
final class IdleLock {
    private final Scene scene;
    private final PauseTransition wait;
    private final EventHandler<InputEvent> activity;

    IdleLock(Scene scene, Duration idle, Runnable lock) {
        this.scene = scene;
        this.wait = new PauseTransition(idle);
        this.wait.setOnFinished(e -> lock.run());
        this.activity = e -> wait.playFromStart();
    }

    void start() {
        scene.addEventFilter(InputEvent.ANY, activity);
        wait.playFromStart();
    }

    void stop() {
        scene.removeEventFilter(InputEvent.ANY, activity);
        wait.stop();
    }

    void setIdleTime(Duration idle) {
        wait.setDuration(idle);
        wait.playFromStart();
    }
}
