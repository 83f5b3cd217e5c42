package org.casefile.incident;

import java.util.List;

public final class IncidentEntities {
    private IncidentEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(Incident.class, IncidentVersion.class);
    }
}
