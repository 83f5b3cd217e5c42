package org.casefile.store;

import jakarta.persistence.EntityManager;

/** Readable references for records (C-2026-0042, P-2026-0007), inside the caller's transaction. */
public final class References {
    private References() {
    }

    public static String next(EntityManager em, String prefix, int year) {
        return ReferenceCounter.next(em, prefix, year);
    }

    /** The next number of a series (1, 2, 3…) such as a client's incidents or one person's exhibits in a case. */
    public static int nextNumber(EntityManager em, String series) {
        return ReferenceCounter.nextNumber(em, series);
    }
}
