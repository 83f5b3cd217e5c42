package org.casefile.app;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casefile.client.CaseStatus;
import org.casefile.client.CaseloadFilter;
import org.casefile.client.ClientSummary;
import org.casefile.incident.RecentIncident;
import org.casefile.incident.ReviewSuggestion;
import org.casefile.reminder.Reminder;
import org.casefile.risk.OverdueReview;
import org.casefile.risk.RiskLevel;
import org.casefile.ui.Workspace;

/**
 * My caseload at a glance, read in one go for the dashboard: a handful of bulk queries over my open cases,
 * never one query per client (the demo store has hundreds).
 *
 * @param highRisk my open cases at high risk, the one with the latest incident first
 * @param signals  my cases whose log suggests a risk review
 * @param due      reviews, replies, MARAC actions, order expiries and court dates due or overdue
 * @param recent   incidents on my open cases in the last {@link #RECENT_DAYS} days, newest first
 */
record Glance(List<HighRisk> highRisk, List<ReviewSuggestion> signals, List<Reminder> due, List<RecentIncident> recent) {
    static final int RECENT_DAYS = 14;

    /** A high-risk case with the day of its latest incident and of its next risk review (either may be null). */
    record HighRisk(ClientSummary client, LocalDate lastIncident, LocalDate nextReview) {
    }

    static Glance read(Workspace w) {
        List<ClientSummary> high = w.clients().caseload(new CaseloadFilter(
                Set.of(CaseStatus.OPEN, CaseStatus.REOPENED, CaseStatus.ON_HOLD), Set.of(RiskLevel.HIGH),
                w.session().user().id()));
        Set<Long> ids = high.stream().map(ClientSummary::id).collect(Collectors.toSet());
        Map<Long, LocalDate> last = ids.isEmpty() ? Map.of() : w.incidents().lastIncidentDays(ids);
        // Every latest assessment of my cases carries its next review: one read, then keep the high-risk ones.
        Map<Long, LocalDate> next = ids.isEmpty() ? Map.of() : w.risk().reviewsDue(LocalDate.MAX).stream()
                .filter(r -> ids.contains(r.client().id()))
                .collect(Collectors.toMap(r -> r.client().id(), OverdueReview::due, (a, b) -> a));
        List<HighRisk> highRisk = high.stream()
                .map(c -> new HighRisk(c, last.get(c.id()), next.get(c.id())))
                .sorted(Comparator.comparing(HighRisk::lastIncident, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(h -> h.client().reference()))
                .toList();
        LocalDate today = LocalDate.now(w.clock());
        return new Glance(highRisk, w.incidents().reviewsSuggested(), w.reminders().due(),
                w.incidents().recentOnMyCases(today.minusDays(RECENT_DAYS)));
    }
}
