package org.casefile.store;

import java.util.List;

/** The store's own entity classes: references and field-history revisions. */
public final class StoreEntities {
    private StoreEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(ReferenceCounter.class, Revision.class);
    }
}
