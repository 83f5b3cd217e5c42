package org.casefile.security;

import java.util.Optional;

/** The rules a new password must meet, as a message key when it does not. */
public final class PasswordPolicy {
    public static final int MINIMUM_LENGTH = 12;

    private PasswordPolicy() {
    }

    public static Optional<String> problem(char[] password, String username) {
        if (password.length < MINIMUM_LENGTH) {
            return Optional.of("password.tooShort");
        }
        boolean allSame = true;
        for (char c : password) {
            allSame &= c == password[0];
        }
        if (allSame) {
            return Optional.of("password.tooSimple");
        }
        if (username != null && sameIgnoringCase(password, username.strip())) {
            return Optional.of("password.sameAsUsername");
        }
        return Optional.empty();
    }

    private static boolean sameIgnoringCase(char[] password, String text) {
        if (password.length != text.length()) {
            return false;
        }
        for (int i = 0; i < password.length; i++) {
            if (Character.toLowerCase(password[i]) != Character.toLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
