package org.casefile;

import java.util.ArrayList;
import java.util.List;
import org.casefile.security.SecurityEntities;

/** Every entity class of the store's persistence unit. Each feature package adds its own list here. */
public final class Entities {
    private Entities() {
    }

    public static List<Class<?>> all() {
        List<Class<?>> all = new ArrayList<>();
        all.addAll(SecurityEntities.classes());
        return List.copyOf(all);
    }
}
