package org.casefile.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a client's log shows as a whole.
 *
 * @param incidents        every incident, oldest first
 * @param courseOfConduct  two or more incidents: the pattern the law calls a course of conduct
 * @param perBehaviour     how many incidents show each behaviour, most frequent first
 * @param perWeek          incidents per week (weeks start on Monday), every week from the first to today
 * @param signals          every escalation signal the log has ever shown, newest first
 */
public record Pattern(List<IncidentSummary> incidents, boolean courseOfConduct, Map<Behaviour, Integer> perBehaviour,
                      List<WeekCount> perWeek, List<EscalationSignal> signals) {
    public Pattern {
        incidents = List.copyOf(incidents);
        perWeek = List.copyOf(perWeek);
        signals = List.copyOf(signals);
    }

    /** The incidents of one week, by behaviour group. */
    public record WeekCount(LocalDate weekStarting, int total, Map<BehaviourGroup, Integer> byGroup) {
    }

    public List<EscalationSignal> current() {
        return signals.stream().filter(EscalationSignal::current).toList();
    }

    public boolean reviewSuggested() {
        return signals.stream().anyMatch(EscalationSignal::current);
    }
}
