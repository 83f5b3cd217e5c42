package org.casefile.store;

import jakarta.persistence.EntityManager;

/** Readable references for records (C-2026-0042, P-2026-0007), inside the caller's transaction. */
public final class References {
    private References() {
    }

    public static String next(EntityManager em, String prefix, int year) {
        return ReferenceCounter.next(em, prefix, year);
    }
}
