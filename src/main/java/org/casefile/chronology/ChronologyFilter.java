package org.casefile.chronology;

import java.time.LocalDate;
import java.util.Set;

/** Which rows to show: a date range (either end open) and the kinds of event; empty kinds mean all. */
public record ChronologyFilter(LocalDate from, LocalDate to, Set<EventKind> kinds) {
    public static final ChronologyFilter ALL = new ChronologyFilter(null, null, Set.of());

    public ChronologyFilter {
        kinds = Set.copyOf(kinds);
    }

    public boolean accepts(ChronologyEntry e) {
        return (from == null || !e.date().isBefore(from)) && (to == null || !e.date().isAfter(to))
                && (kinds.isEmpty() || kinds.contains(e.kind()));
    }
}
