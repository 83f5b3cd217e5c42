package org.casefile.incident;

import java.time.LocalDate;
import java.util.List;

/**
 * A reason to review risk, with the incidents that triggered it.
 *
 * @param date      the day of the latest triggering incident (or, for a rising frequency, the day it was seen)
 * @param incidents the numbers of the incidents that triggered it, in the order they happened
 * @param counts    numbers the explanation quotes (for a rising frequency: the last 14 days, the 28 before)
 * @param current   it arose after the last risk review and within the review window, so a review is suggested
 */
public record EscalationSignal(SignalKind kind, LocalDate date, List<Integer> incidents, List<Integer> counts,
                               boolean current) {
    public EscalationSignal {
        incidents = List.copyOf(incidents);
        counts = List.copyOf(counts);
    }
}
