package org.casefile.ui;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.control.ProgressIndicator;

/**
 * Busy indicators that cost nothing where animation is dear. Without graphics acceleration (JavaFX's software
 * pipeline: virtual desktops, remote sessions, older agency PCs) a spinning indicator redraws sixty times a second
 * on the CPU; the benchmark in docs/performance.md found it took a large share of a core while sign-in and the
 * dashboard were working for the same core. There the indicator stays hidden and the sentence beside it, which
 * every busy row has, says what is happening.
 */
public final class Busy {
    private Busy() {
    }

    /** True when JavaFX draws with the graphics card (its software pipeline has no 3D). */
    public static boolean animationIsCheap() {
        return Platform.isSupported(ConditionalFeature.SCENE3D);
    }

    /** Shows {@code indicator} spinning while {@code on}, where spinning is cheap; otherwise keeps it hidden. */
    public static void show(ProgressIndicator indicator, boolean on) {
        boolean spin = on && animationIsCheap();
        indicator.setProgress(spin ? ProgressIndicator.INDETERMINATE_PROGRESS : 0);
        indicator.setVisible(spin);
        indicator.setManaged(spin);
    }
}
