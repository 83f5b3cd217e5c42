package org.casefile.security;

import java.util.List;

/** The entity classes of this package, for the store's persistence unit. */
public final class SecurityEntities {
    private SecurityEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(UserAccount.class, AuditEntry.class, AuditChainHead.class);
    }
}
