package org.casefile.app;

import java.util.Locale;
import javafx.scene.input.KeyCode;

/** The places in the navigation, in order. Ctrl+1 … Ctrl+7 jump to them. */
enum Section {
    DASHBOARD("mdal-dashboard", KeyCode.DIGIT1),
    CLIENTS("mdmz-people", KeyCode.DIGIT2),
    INCIDENTS("mdal-event_note", KeyCode.DIGIT3),
    REFERRALS("mdmz-send", KeyCode.DIGIT4),
    AGENCIES("mdal-business", KeyCode.DIGIT5),
    BUNDLES("mdal-library_books", KeyCode.DIGIT6),
    SETTINGS("mdmz-settings", KeyCode.DIGIT7);

    final String icon;
    final KeyCode key;

    Section(String icon, KeyCode key) {
        this.icon = icon;
        this.key = key;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String labelKey() {
        return "section." + id();
    }
}
