package org.casefile.security;

/** What a new account needs besides its password. Initials prefix the person's exhibit references (JS/3). */
public record NewAccount(String username, String displayName, String initials, Role role) {
}
