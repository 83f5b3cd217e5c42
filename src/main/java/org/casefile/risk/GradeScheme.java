package org.casefile.risk;

import java.util.List;

/**
 * Risk tools other agencies use, whose grade a caseworker records as given (never recomputed here): the police
 * DASH and DARA grades and the SASH screening concern level.
 */
public enum GradeScheme {
    DASH(List.of(Grade.STANDARD, Grade.MEDIUM, Grade.HIGH)),
    DARA(List.of(Grade.STANDARD, Grade.MEDIUM, Grade.HIGH)),
    SASH(List.of(Grade.LOW, Grade.MODERATE, Grade.HIGH));

    private final List<Grade> grades;

    GradeScheme(List<Grade> grades) {
        this.grades = grades;
    }

    /** The grades this tool gives, lowest first. */
    public List<Grade> grades() {
        return grades;
    }

    public String labelKey() {
        return "risk.grade.scheme." + name();
    }

    /** A grade as another agency's tool states it. */
    public enum Grade {
        STANDARD,
        LOW,
        MEDIUM,
        MODERATE,
        HIGH;

        public String labelKey() {
            return "risk.grade." + name();
        }
    }
}
