package org.casefile;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Every sentence a person reads comes from resource bundles, so it can be translated and checked. The shared
 * words live in {@code org/casefile/messages.properties}; each feature keeps its own beside its screens, and
 * this class reads them as one.
 */
public final class Messages {
    static final List<String> BUNDLES = List.of(
            "org.casefile.messages",
            "org.casefile.client.messages",
            "org.casefile.perpetrator.messages",
            "org.casefile.incident.messages",
            "org.casefile.incident.pattern",
            "org.casefile.evidence.messages",
            "org.casefile.chronology.messages",
            "org.casefile.risk.messages",
            "org.casefile.typology.messages",
            "org.casefile.exchange.messages",
            "org.casefile.referral.messages",
            "org.casefile.reminder.messages",
            "org.casefile.importing.messages",
            "org.casefile.order.messages",
            "org.casefile.bundle.messages",
            "org.casefile.privacy.messages",
            "org.casefile.backup.messages");

    private Messages() {
    }

    /** All bundles as one, for FXML's {@code %key} lookups. */
    public static ResourceBundle bundle() {
        Locale locale = Locale.getDefault();
        List<ResourceBundle> parts = BUNDLES.stream().map(name -> ResourceBundle.getBundle(name, locale)).toList();
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                for (ResourceBundle part : parts) {
                    if (part.containsKey(key)) {
                        return part.getObject(key);
                    }
                }
                return null;
            }

            @Override
            public Enumeration<String> getKeys() {
                Set<String> keys = new LinkedHashSet<>();
                parts.forEach(part -> keys.addAll(part.keySet()));
                return Collections.enumeration(keys);
            }
        };
    }

    /** The text for {@code key}, with {@code args} filled in by {@link MessageFormat}. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a programming error (the consistency test finds it); show the key, not a crash.
            return key;
        }
        // A message written for arguments doubles its apostrophes (MessageFormat's quoting); shown without
        // arguments, as an error key often is, it must not show them doubled.
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
