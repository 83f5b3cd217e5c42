package org.casefile.incident;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads a client's log as a course of conduct: counts, weekly frequency and the escalation signals that should
 * prompt a risk review. Pure: incidents in, pattern out, so every rule is testable and explainable.
 *
 * <p>The rules, in the words the screens use:
 * <ul>
 *   <li>frequency rising: at least {@value #RISING_MINIMUM} incidents in the last {@value #RECENT_DAYS} days and
 *       more per day than in the {@value #BEFORE_DAYS} days before them;</li>
 *   <li>first threat: the first incident in the log with any kind of threat;</li>
 *   <li>violence: any incident with violence or a sexual offence;</li>
 *   <li>home visit: the perpetrator was physically there, at the client's home;</li>
 *   <li>children approached: children were involved or threatened, or it happened at their school or nursery;</li>
 *   <li>order breach: the incident breached a court order or bail condition;</li>
 *   <li>visits in a week: more than {@value #VISITS_LIMIT} in-person incidents within seven days.</li>
 * </ul>
 * A signal is current, and a risk review suggested, when its latest incident happened within the last
 * {@value #REVIEW_WINDOW_DAYS} days and after the last risk review.
 */
public final class PatternRules {
    public static final int RECENT_DAYS = 14;
    public static final int BEFORE_DAYS = 28;
    public static final int RISING_MINIMUM = 3;
    public static final int VISITS_LIMIT = 3;
    public static final int REVIEW_WINDOW_DAYS = 28;
    /**
     * How far back a current signal can reach: the rising-frequency comparison (14 + 28 days) and a seven-day
     * visit run ending inside the review window. Older incidents matter only to "first threat".
     */
    public static final int LOOK_BACK_DAYS = RECENT_DAYS + BEFORE_DAYS + 7;

    public static final Comparator<IncidentSummary> CHRONOLOGICAL = Comparator
            .comparing(IncidentSummary::occurredOn)
            .thenComparing(IncidentSummary::occurredAt, Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()))
            .thenComparingInt(IncidentSummary::number);

    private PatternRules() {
    }

    /**
     * @param lastReview the day of the last risk review, or null if there has been none
     */
    public static Pattern analyse(List<IncidentSummary> log, LocalDate today, LocalDate lastReview) {
        List<IncidentSummary> incidents = log.stream().sorted(CHRONOLOGICAL).toList();
        Predicate<LocalDate> isCurrent = day -> !day.isBefore(today.minusDays(REVIEW_WINDOW_DAYS - 1))
                && (lastReview == null || day.isAfter(lastReview));
        List<EscalationSignal> signals = new ArrayList<>();
        rising(incidents, today, isCurrent).ifPresent(signals::add);
        incidents.stream().filter(i -> i.behaviours().stream().anyMatch(Behaviour::isThreat)).findFirst()
                .ifPresent(i -> signals.add(signal(SignalKind.FIRST_THREAT, List.of(i), List.of(), isCurrent)));
        byIncident(signals, incidents, SignalKind.VIOLENCE,
                i -> i.has(Behaviour.VIOLENCE) || i.has(Behaviour.SEXUAL_OFFENCE), isCurrent);
        byIncident(signals, incidents, SignalKind.HOME_VISIT, i -> i.place() == Place.HOME && i.inPerson(), isCurrent);
        byIncident(signals, incidents, SignalKind.CHILDREN_APPROACHED, i -> i.childrenInvolved()
                || i.has(Behaviour.THREAT_TO_CHILDREN) || i.place() == Place.SCHOOL_OR_NURSERY, isCurrent);
        byIncident(signals, incidents, SignalKind.ORDER_BREACH,
                i -> i.orderBreached() || i.has(Behaviour.ORDER_BREACH), isCurrent);
        visitClusters(signals, incidents, isCurrent);
        signals.sort(Comparator.comparing(EscalationSignal::date).reversed()
                .thenComparing(EscalationSignal::kind));
        return new Pattern(incidents, incidents.size() >= 2, perBehaviour(incidents), perWeek(incidents, today),
                signals);
    }

    private static java.util.Optional<EscalationSignal> rising(List<IncidentSummary> incidents, LocalDate today,
                                                               Predicate<LocalDate> isCurrent) {
        LocalDate recentFrom = today.minusDays(RECENT_DAYS - 1);
        LocalDate beforeFrom = recentFrom.minusDays(BEFORE_DAYS);
        List<IncidentSummary> recent = incidents.stream()
                .filter(i -> !i.occurredOn().isBefore(recentFrom) && !i.occurredOn().isAfter(today)).toList();
        long before = incidents.stream()
                .filter(i -> !i.occurredOn().isBefore(beforeFrom) && i.occurredOn().isBefore(recentFrom)).count();
        // Per day: recent / 14 > before / 28, kept in whole numbers.
        if (recent.size() < RISING_MINIMUM || (long) recent.size() * BEFORE_DAYS <= before * RECENT_DAYS) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(signal(SignalKind.FREQUENCY_RISING, recent,
                List.of(recent.size(), (int) before), isCurrent));
    }

    /** One signal for the triggering incidents that are current and one for those that came before. */
    private static void byIncident(List<EscalationSignal> out, List<IncidentSummary> incidents, SignalKind kind,
                                   Predicate<IncidentSummary> triggers, Predicate<LocalDate> isCurrent) {
        List<IncidentSummary> hits = incidents.stream().filter(triggers).toList();
        List<IncidentSummary> current = hits.stream().filter(i -> isCurrent.test(i.occurredOn())).toList();
        List<IncidentSummary> earlier = hits.stream().filter(i -> !isCurrent.test(i.occurredOn())).toList();
        if (!earlier.isEmpty()) {
            out.add(signal(kind, earlier, List.of(), isCurrent));
        }
        if (!current.isEmpty()) {
            out.add(signal(kind, current, List.of(), isCurrent));
        }
    }

    /** Runs of in-person incidents where some seven days hold more than the limit; one signal per run. */
    private static void visitClusters(List<EscalationSignal> out, List<IncidentSummary> incidents,
                                      Predicate<LocalDate> isCurrent) {
        List<IncidentSummary> visits = incidents.stream().filter(IncidentSummary::inPerson).toList();
        List<IncidentSummary> cluster = new ArrayList<>();
        int start = 0;
        int taken = 0; // visits before this index are already in a cluster
        for (int end = 0; end < visits.size(); end++) {
            LocalDate day = visits.get(end).occurredOn();
            while (visits.get(start).occurredOn().isBefore(day.minusDays(6))) {
                start++;
            }
            if (end - start + 1 > VISITS_LIMIT) {
                if (!cluster.isEmpty() && visits.get(start).occurredOn().isAfter(cluster.getLast().occurredOn())) {
                    out.add(signal(SignalKind.VISITS_IN_A_WEEK, cluster, List.of(cluster.size()), isCurrent));
                    cluster = new ArrayList<>();
                }
                for (int k = Math.max(start, taken); k <= end; k++) {
                    cluster.add(visits.get(k));
                }
                taken = end + 1;
            }
        }
        if (!cluster.isEmpty()) {
            out.add(signal(SignalKind.VISITS_IN_A_WEEK, cluster, List.of(cluster.size()), isCurrent));
        }
    }

    private static EscalationSignal signal(SignalKind kind, List<IncidentSummary> triggers, List<Integer> counts,
                                           Predicate<LocalDate> isCurrent) {
        LocalDate date = triggers.getLast().occurredOn();
        return new EscalationSignal(kind, date, triggers.stream().map(IncidentSummary::number).toList(), counts,
                isCurrent.test(date));
    }

    private static Map<Behaviour, Integer> perBehaviour(List<IncidentSummary> incidents) {
        Map<Behaviour, Integer> counts = new EnumMap<>(Behaviour.class);
        incidents.forEach(i -> i.behaviours().forEach(b -> counts.merge(b, 1, Integer::sum)));
        Map<Behaviour, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<Behaviour, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static List<Pattern.WeekCount> perWeek(List<IncidentSummary> incidents, LocalDate today) {
        if (incidents.isEmpty()) {
            return List.of();
        }
        LocalDate first = monday(incidents.getFirst().occurredOn());
        LocalDate last = monday(today.isAfter(incidents.getLast().occurredOn()) ? today : incidents.getLast().occurredOn());
        Map<LocalDate, Map<BehaviourGroup, Integer>> weeks = new LinkedHashMap<>();
        for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
            weeks.put(w, new EnumMap<>(BehaviourGroup.class));
        }
        Map<LocalDate, Integer> totals = new LinkedHashMap<>();
        for (IncidentSummary i : incidents) {
            LocalDate w = monday(i.occurredOn());
            totals.merge(w, 1, Integer::sum);
            i.behaviours().stream().map(Behaviour::group).distinct()
                    .forEach(g -> weeks.get(w).merge(g, 1, Integer::sum));
        }
        return weeks.entrySet().stream()
                .map(e -> new Pattern.WeekCount(e.getKey(), totals.getOrDefault(e.getKey(), 0), Map.copyOf(e.getValue())))
                .toList();
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
