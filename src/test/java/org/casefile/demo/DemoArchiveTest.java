package org.casefile.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.client.CaseStatus;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A larger demo store looks like a service's years of work: only the newest clients are current cases, about
 * {@link DemoData#CURRENT_PER_CASEWORKER} per caseworker, and every earlier client is a closed case whose history
 * ended before the last month.
 */
class DemoArchiveTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheNewestClientsAreCurrentAndTheEarlierOnesClosedLongAgo() {
        try (Session session = TestStores.create(dir)) {
            // One caseworker (the administrator here): 50 current cases, the 30 clients before them archived.
            new DemoData(5, Clock.systemDefaultZone()).create(session, List.of(session.user()),
                    DemoData.Size.of(DemoData.CURRENT_PER_CASEWORKER + 30, 4), n -> { });
            List<Object[]> rows = session.transactions().read(em -> em.createQuery(
                    "select c.id, c.status from Client c order by c.id", Object[].class).getResultList());
            assertThat(rows).hasSize(80);
            List<Object[]> archived = rows.subList(0, 30);
            assertThat(archived).allMatch(r -> r[1] == CaseStatus.CLOSED);
            long activeAmongCurrent = rows.subList(30, 80).stream().filter(r -> ((CaseStatus) r[1]).isActive()).count();
            assertThat(activeAmongCurrent).as("most current cases are open").isGreaterThan(30);

            Map<Long, LocalDate> lastIncident = session.transactions().read(em -> em.createQuery(
                            "select i.clientId, max(i.occurredOn) from Incident i group by i.clientId", Object[].class)
                    .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (LocalDate) r[1])));
            LocalDate monthAgo = LocalDate.now().minusDays(30);
            for (Object[] r : archived) {
                LocalDate last = lastIncident.get((Long) r[0]);
                if (last != null) {
                    assertThat(last).as("an archived history ends before the last month").isBefore(monthAgo.plusDays(1));
                }
            }
            // The oldest archived client's story is years old.
            assertThat(lastIncident.get((Long) archived.getFirst()[0])).isBefore(LocalDate.now().minusYears(8));
        }
    }
}
