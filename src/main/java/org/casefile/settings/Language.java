package org.casefile.settings;

import java.util.Locale;

/**
 * The languages the app is written in. British English is the default and the source of every text; Polish
 * proves the bundles can carry another. Dates and times follow the chosen language too.
 */
public enum Language {
    ENGLISH_UK(Locale.UK),
    POLISH(Locale.forLanguageTag("pl-PL"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's own name, so a person who cannot read the current one still finds theirs. */
    public String labelKey() {
        return "settings.language." + name();
    }

    /** As written in the settings file ("en-GB", "pl-PL"); anything unknown means the default. */
    public String tag() {
        return locale.toLanguageTag();
    }

    public static Language fromTag(String tag) {
        for (Language l : values()) {
            if (l.tag().equalsIgnoreCase(tag == null ? "" : tag.strip())) {
                return l;
            }
        }
        return ENGLISH_UK;
    }
}
