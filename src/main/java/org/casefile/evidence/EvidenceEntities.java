package org.casefile.evidence;

import java.util.List;

public final class EvidenceEntities {
    private EvidenceEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(Exhibit.class, CustodyEvent.class);
    }
}
