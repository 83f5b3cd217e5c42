package org.casefile.perpetrator;

import java.util.List;

public final class PerpetratorEntities {
    private PerpetratorEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(Perpetrator.class, PerpetratorLink.class);
    }
}
