package org.casefile.bundle;

import java.util.Set;
import java.util.TreeSet;

/** Incident numbers as a caseworker types them: "1-4, 7, 9". Empty means every incident. */
public final class IncidentNumbers {
    private IncidentNumbers() {
    }

    /** The numbers typed; throws {@link IllegalArgumentException} for anything else. */
    public static Set<Integer> parse(String typed) {
        Set<Integer> out = new TreeSet<>();
        if (typed == null || typed.isBlank()) {
            return out;
        }
        for (String part : typed.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] ends = part.split("[-–]", 2);
            int first = Integer.parseInt(ends[0].strip());
            int last = ends.length == 2 ? Integer.parseInt(ends[1].strip()) : first;
            if (first < 1 || last < first || last - first > 10_000) {
                throw new IllegalArgumentException("not a range of incident numbers");
            }
            for (int n = first; n <= last; n++) {
                out.add(n);
            }
        }
        return out;
    }
}
