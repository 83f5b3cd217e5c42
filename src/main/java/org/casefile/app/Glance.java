package org.casefile.app;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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

    /**
     * Starts reading at once, on a thread of its own: called the moment a sign-in opens the store, so the reads
     * run while the window builds the shell around the dashboard instead of after it.
     */
    static CompletableFuture<Glance> readAhead(Workspace w) {
        CompletableFuture<Glance> ahead = new CompletableFuture<>();
        Thread.ofVirtual().name("dashboard-ahead").start(() -> {
            try {
                ahead.complete(read(w));
            } catch (RuntimeException | Error e) {
                ahead.completeExceptionally(e);
            }
        });
        return ahead;
    }

    /** What {@link #readAhead} found, or its failure as thrown by {@link #read}. */
    static Glance taken(CompletableFuture<Glance> ahead) {
        try {
            return ahead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    static Glance read(Workspace w) {
        // The review check analyses each case's log, the heaviest of the reads: it runs beside the others, so a
        // freshly signed-in dashboard fills in about the time of the longer half (two cores are the usual laptop).
        FutureTask<List<ReviewSuggestion>> signals = new FutureTask<>(() -> w.incidents().reviewsSuggested());
        Thread.ofVirtual().name("dashboard-signals").start(signals);
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
        List<Reminder> due = w.reminders().due();
        List<RecentIncident> recent = w.incidents().recentOnMyCases(today.minusDays(RECENT_DAYS));
        return new Glance(highRisk, finished(signals), due, recent);
    }

    private static <T> T finished(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("the dashboard was closed while it was reading");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
