package org.casefile.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import org.casefile.settings.Settings;

/** AtlantaFX as the base, Casefile's tokens and the ControlsFX bridge on top. */
public final class Theme {
    private static final String CASEFILE_CSS = Theme.class.getResource("casefile.css").toExternalForm();
    private static final String DARK_CSS = Theme.class.getResource("casefile-dark.css").toExternalForm();

    private Theme() {
    }

    public static void apply(Settings.Theme theme, Scene scene) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().setAll(CASEFILE_CSS);
        if (theme == Settings.Theme.DARK) {
            scene.getStylesheets().add(DARK_CSS);
        }
    }
}
