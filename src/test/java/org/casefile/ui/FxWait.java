package org.casefile.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for something a person would see. The check runs on the FX thread: reading layout state from the test
 * thread while a pulse lays the scene out raced in Monocle (IndexOutOfBounds in Parent.updateCachedBounds).
 */
public final class FxWait {
    private FxWait() {
    }

    public static void until(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("waited 20 s for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean onFx(Callable<Boolean> condition) {
        try {
            return WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
