package org.casefile.app;

import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Text copied out of Casefile (a phone number, an address, a line of a statement) does not stay on the clipboard
 * for the next program or person: it is cleared after a while, and at once when Casefile locks, signs out or
 * quits — unless something else has been copied since, which is left alone.
 *
 * <p>JavaFX gives no event for a copy, so the guard looks at the clipboard once a second: a change seen while a
 * Casefile window has the focus was a copy from Casefile. Runs on the FX thread only.
 */
final class ClipboardGuard {
    private final Clipboard clipboard;
    private final Duration keepFor;
    private final Timeline watch;
    private String last;
    private String ours;
    private double copiedAtMillis;
    private double nowMillis;

    ClipboardGuard(Clipboard clipboard, Duration keepFor) {
        this.clipboard = clipboard;
        this.keepFor = keepFor;
        this.last = text();
        this.watch = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick(1000)));
        watch.setCycleCount(Animation.INDEFINITE);
    }

    void start() {
        watch.play();
    }

    void stop() {
        watch.stop();
    }

    /** One look at the clipboard, {@code elapsedMillis} after the last. */
    void tick(double elapsedMillis) {
        nowMillis += elapsedMillis;
        String now = text();
        if (!Objects.equals(now, last)) {
            last = now;
            boolean fromCasefile = Window.getWindows().stream().anyMatch(Window::isFocused);
            ours = fromCasefile && now != null && !now.isEmpty() ? now : null;
            copiedAtMillis = nowMillis;
        }
        if (ours != null && nowMillis - copiedAtMillis >= keepFor.toMillis()) {
            clearIfOurs();
        }
    }

    /** Clears the clipboard if it still holds what was copied from Casefile (on lock, sign-out and exit). */
    void clearIfOurs() {
        if (ours != null && ours.equals(text())) {
            clipboard.clear();
            last = text();
        }
        ours = null;
    }

    private String text() {
        return clipboard.hasString() ? clipboard.getString() : null;
    }
}
