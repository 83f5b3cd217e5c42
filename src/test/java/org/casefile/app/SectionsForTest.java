package org.casefile.app;

import java.util.Arrays;
import java.util.List;

/** Lets tests outside this package see the navigation's sections. */
public final class SectionsForTest {
    private SectionsForTest() {
    }

    public static List<String> ids() {
        return Arrays.stream(Section.values()).map(Section::id).toList();
    }
}
