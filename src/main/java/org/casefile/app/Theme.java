package org.casefile.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.casefile.settings.Settings;

/**
 * AtlantaFX as the base, Casefile's tokens, the ControlsFX bridge and the chosen text size on top. The look is
 * one for the whole application (AtlantaFX's user-agent stylesheet is global), so {@link #apply} restyles every
 * open window and dialog at once, and every window opened later is styled as it appears.
 */
public final class Theme {
    /** What is actually shown; {@link Settings.Theme#SYSTEM} resolves to light or dark. */
    public enum Look { LIGHT, DARK, HIGH_CONTRAST }

    static final String CASEFILE_CSS = sheet("casefile.css");
    static final String DARK_CSS = sheet("casefile-dark.css");
    static final String CONTRAST_CSS = sheet("casefile-contrast.css");
    static final String CONTROLSFX_CSS = sheet("controlsfx-bridge.css");
    static final String LARGE_CSS = sheet("casefile-large.css");
    private static final String SIZE_PREFIX = "data:text/css;base64,";
    /** AtlantaFX's and Casefile's normal text size, which the percentages scale. */
    static final double BASE_FONT_PX = 14;

    private static Look look = Look.LIGHT;
    private static int fontSize = 100;
    private static boolean watching;

    private Theme() {
    }

    /** The look a setting stands for, given what the system said (empty: it could not tell, so light). */
    public static Look resolve(Settings.Theme theme, Optional<Boolean> systemPrefersDark) {
        return switch (theme) {
            case LIGHT -> Look.LIGHT;
            case DARK -> Look.DARK;
            case HIGH_CONTRAST -> Look.HIGH_CONTRAST;
            case SYSTEM -> systemPrefersDark.orElse(false) ? Look.DARK : Look.LIGHT;
        };
    }

    /** Applies the look and text size everywhere, now and to windows opened later. Call on the FX thread. */
    public static void apply(Look chosen, int percent) {
        look = chosen;
        fontSize = percent;
        Application.setUserAgentStylesheet(chosen == Look.LIGHT
                ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet());
        if (!watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(Theme::watch);
                }
            });
        }
        new ArrayList<>(Window.getWindows()).stream().filter(w -> !(w instanceof javafx.stage.PopupWindow))
                .forEach(w -> style(w.getScene()));
    }

    /** One scene in the given theme at the normal text size (screens shown on their own, as tests do). */
    public static void apply(Settings.Theme theme, Scene scene) {
        apply(resolve(theme, Optional.empty()), 100);
        style(scene);
    }

    public static Look look() {
        return look;
    }

    public static int fontSize() {
        return fontSize;
    }

    private static void watch(Window window) {
        if (window instanceof javafx.stage.PopupWindow) {
            return; // menus and tooltips take their styles from the window that owns them
        }
        style(window.getScene());
        window.sceneProperty().addListener((obs, old, now) -> style(now));
    }

    /** Puts the current look's stylesheets on a scene, keeping any a screen added itself. */
    public static void style(Scene scene) {
        if (scene == null) {
            return;
        }
        javafx.collections.ObservableList<String> sheets = scene.getStylesheets();
        List<String> own = stylesheets(look, fontSize);
        if (sheets.equals(own)) {
            return;
        }
        List<String> others = sheets.stream().filter(s -> !isOurs(s)).toList();
        List<String> all = new ArrayList<>(own);
        all.addAll(others);
        sheets.setAll(all);
    }

    static List<String> stylesheets(Look look, int percent) {
        List<String> sheets = new ArrayList<>(List.of(CASEFILE_CSS, CONTROLSFX_CSS));
        if (look != Look.LIGHT) {
            sheets.add(DARK_CSS);
        }
        if (look == Look.HIGH_CONTRAST) {
            sheets.add(CONTRAST_CSS);
        }
        if (percent > 100) {
            sheets.add(LARGE_CSS);
        }
        if (percent != 100) {
            sheets.add(sizeSheet(percent));
        }
        return sheets;
    }

    /** A one-rule stylesheet setting the root text size; the rest of the CSS is in em, so layouts follow. */
    static String sizeSheet(int percent) {
        String css = String.format(Locale.ROOT, ".root { -fx-font-size: %.1fpx; }", BASE_FONT_PX * percent / 100.0);
        return SIZE_PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isOurs(String sheet) {
        return sheet.equals(CASEFILE_CSS) || sheet.equals(DARK_CSS) || sheet.equals(CONTRAST_CSS)
                || sheet.equals(CONTROLSFX_CSS) || sheet.equals(LARGE_CSS) || sheet.startsWith(SIZE_PREFIX);
    }

    private static String sheet(String name) {
        return Theme.class.getResource(name).toExternalForm();
    }
}
