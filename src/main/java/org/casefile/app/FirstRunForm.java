package org.casefile.app;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.casefile.security.NewAccount;
import org.casefile.security.PasswordPolicy;
import org.casefile.security.Role;

/**
 * The first-run form's state, testable without a screen. Initials and username are suggested from the full name
 * until the person types their own.
 */
public final class FirstRunForm {
    public enum Field { FULL_NAME, INITIALS, USERNAME, PASSWORD, REPEAT }

    public final StringProperty fullName = new SimpleStringProperty("");
    public final StringProperty initials = new SimpleStringProperty("");
    public final StringProperty username = new SimpleStringProperty("");
    public final StringProperty password = new SimpleStringProperty("");
    public final StringProperty repeat = new SimpleStringProperty("");
    private boolean initialsTyped;
    private boolean usernameTyped;
    private boolean suggesting;

    public FirstRunForm() {
        fullName.addListener((obs, old, name) -> suggest(name));
        initials.addListener((obs, old, now) -> initialsTyped |= !suggesting);
        username.addListener((obs, old, now) -> usernameTyped |= !suggesting);
    }

    private void suggest(String name) {
        String[] words = name.strip().split("\\s+");
        suggesting = true;
        try {
            if (!initialsTyped) {
                StringBuilder letters = new StringBuilder();
                for (String w : words) {
                    if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && letters.length() < 4) {
                        letters.append(Character.toUpperCase(w.charAt(0)));
                    }
                }
                initials.set(letters.toString());
            }
            if (!usernameTyped) {
                String first = words.length > 0 && !words[0].isEmpty() ? words[0].substring(0, 1) : "";
                String last = words.length > 1 ? words[words.length - 1] : "";
                username.set((first + last).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]", ""));
            }
        } finally {
            suggesting = false;
        }
    }

    /** Each field's first problem, as a message key; empty when the form can be sent. */
    public Map<Field, String> problems() {
        Map<Field, String> problems = new LinkedHashMap<>();
        if (fullName.get().isBlank()) {
            problems.put(Field.FULL_NAME, "user.nameRequired");
        }
        if (!initials.get().strip().toUpperCase(Locale.ROOT).matches("\\p{Lu}{1,4}")) {
            problems.put(Field.INITIALS, "user.initialsInvalid");
        }
        if (!username.get().strip().matches("[\\p{L}\\p{N}._-]{2,64}")) {
            problems.put(Field.USERNAME, "user.usernameInvalid");
        }
        PasswordPolicy.problem(password.get().toCharArray(), username.get())
                .ifPresent(key -> problems.put(Field.PASSWORD, key));
        if (!password.get().equals(repeat.get())) {
            problems.put(Field.REPEAT, "password.mismatch");
        }
        return problems;
    }

    public NewAccount account() {
        return new NewAccount(username.get().strip(), fullName.get().strip(), initials.get().strip(), Role.ADMINISTRATOR);
    }
}
