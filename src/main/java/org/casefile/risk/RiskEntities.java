package org.casefile.risk;

import java.util.List;

public final class RiskEntities {
    private RiskEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(Assessment.class, StoredChecklist.class, RiskNote.class, ExternalGrade.class,
                PerpetratorContext.class, Classification.class);
    }
}
