package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The key colour pairs of each theme, measured as WCAG contrast ratios from the colours the stylesheets really
 * resolve to (AtlantaFX's tokens with Casefile's on top): text at least 4.5:1 (AA) in light and dark and 7:1
 * (AAA) in high contrast; the focus ring at least 3:1 against the page (non-text contrast).
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {
    /** Foreground token, background token (translucent backgrounds are laid over the page colour). */
    private static final Map<String, String[]> TEXT_PAIRS = new LinkedHashMap<>();

    static {
        TEXT_PAIRS.put("text on the page", new String[] {"-color-fg-default", "-color-bg-default"});
        TEXT_PAIRS.put("text on a subtle panel", new String[] {"-color-fg-default", "-color-bg-subtle"});
        TEXT_PAIRS.put("muted text", new String[] {"-color-fg-muted", "-color-bg-default"});
        TEXT_PAIRS.put("accent text", new String[] {"-color-accent-fg", "-color-bg-default"});
        TEXT_PAIRS.put("selected navigation", new String[] {"-color-accent-fg", "-color-accent-subtle"});
        TEXT_PAIRS.put("error text", new String[] {"-color-danger-fg", "-color-danger-subtle"});
        TEXT_PAIRS.put("warning text", new String[] {"-color-warning-fg", "-color-bg-default"});
        TEXT_PAIRS.put("danger banner", new String[] {"-color-danger-fg", "-color-danger-subtle"});
        TEXT_PAIRS.put("high-risk chip", new String[] {"-cf-on-danger", "-color-danger-emphasis"});
        TEXT_PAIRS.put("medium-risk chip", new String[] {"-cf-on-warning", "-color-warning-emphasis"});
        TEXT_PAIRS.put("accent button", new String[] {"-color-fg-emphasis", "-color-accent-emphasis"});
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void back(FxRobot robot) {
        robot.interact(() -> Theme.apply(Theme.Look.LIGHT, 100));
    }

    @Test
    void everyThemeKeepsTextReadableAndFocusVisible(FxRobot robot) {
        List<String> failures = new ArrayList<>();
        StringBuilder measured = new StringBuilder();
        for (Theme.Look look : Theme.Look.values()) {
            double textMinimum = look == Theme.Look.HIGH_CONTRAST ? 7.0 : 4.5;
            robot.interact(() -> {
                Theme.apply(look, 100);
                VBox root = new VBox();
                Scene scene = new Scene(root, 400, 300);
                Theme.style(scene);
                stage.setScene(scene);
                stage.show();
                Color page = color(root, "-color-bg-default", Color.WHITE);
                TEXT_PAIRS.forEach((what, pair) -> {
                    Color back = over(color(root, pair[1], page), page);
                    Color fore = over(color(root, pair[0], back), back);
                    double ratio = contrast(fore, back);
                    measured.append(String.format("%s %s %.1f; ", look, what, ratio));
                    if (ratio < textMinimum) {
                        failures.add(String.format("%s: %s %s on %s is %.2f:1, needs %.1f:1", look, what,
                                hex(fore), hex(back), ratio, textMinimum));
                    }
                });
                Color focus = over(color(root, "-cf-focus", page), page);
                double ring = contrast(focus, page);
                measured.append(String.format("%s focus ring %.1f; ", look, ring));
                if (ring < 3.0) {
                    failures.add(String.format("%s: focus ring %s on %s is %.2f:1, needs 3:1", look, hex(focus),
                            hex(page), ring));
                }
                // The tokens really reach the controls: a plain label is drawn in the default text colour.
                Label label = new Label("x");
                root.getChildren().add(label);
                root.applyCss();
                if (!label.getTextFill().equals(color(root, "-color-fg-default", Color.RED))) {
                    failures.add(look + ": a label is not drawn in -color-fg-default but " + label.getTextFill());
                }
            });
        }
        System.out.println("contrast: " + measured);
        assertThat(failures).as("contrast below the promise").isEmpty();
    }

    @Test
    void theTextSizeSettingScalesTheRootFont(FxRobot robot) {
        List<Double> sizes = new ArrayList<>();
        for (int percent : org.casefile.settings.Settings.FONT_SIZES) {
            robot.interact(() -> {
                Theme.apply(Theme.Look.DARK, percent);
                Label label = new Label("x");
                Scene scene = new Scene(new VBox(label), 200, 100);
                Theme.style(scene);
                scene.getRoot().applyCss();
                sizes.add(label.getFont().getSize());
            });
        }
        assertThat(sizes).containsExactly(14.0, 17.5, 21.0, 28.0);
    }

    /** The colour a token resolves to here, read through an inline style that names it. */
    private static Color color(VBox root, String token, Color fallback) {
        Region probe = new Region();
        probe.setStyle("-fx-background-color: " + token + ";");
        root.getChildren().add(probe);
        root.applyCss();
        Paint paint = probe.getBackground() == null || probe.getBackground().getFills().isEmpty() ? null
                : probe.getBackground().getFills().getFirst().getFill();
        root.getChildren().remove(probe);
        return paint instanceof Color c ? c : fallback;
    }

    /** A translucent colour as it looks laid over an opaque one. */
    static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    /** WCAG 2 contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    @Test
    void theRatioFormulaMatchesKnownValues() {
        assertThat(contrast(Color.BLACK, Color.WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast(Color.web("#767676"), Color.WHITE)).isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.01));
    }
}
