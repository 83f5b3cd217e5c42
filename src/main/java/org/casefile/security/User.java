package org.casefile.security;

import java.time.Instant;

/** A person who can sign in, as screens and other services see them. */
public record User(long id, String username, String displayName, String initials, Role role, boolean enabled,
                   Instant lastSignInAt) {
}
