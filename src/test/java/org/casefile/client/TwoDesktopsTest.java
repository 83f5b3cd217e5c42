package org.casefile.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.casefile.Messages;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditVerification;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sessions on one store at once, as two desktops in team mode (each with its own connection pool): saves of
 * the same client give one success and one conflict with the other's version, never a lost update; appends to the
 * audit chain from both never share a sequence number and the chain still verifies. Runs on H2 (two sessions in
 * one process) and, in the PostgreSQL run, on the server.
 */
class TwoDesktopsTest {
    private static final int ROUNDS = 6;
    @TempDir
    Path dir;
    Session first;
    Session second;

    @BeforeEach
    void twoSessions() {
        TestStores.create(dir).close();
        first = TestStores.signIn(dir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone());
        second = TestStores.signIn(dir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone());
    }

    @AfterEach
    void close() {
        second.close();
        first.close();
    }

    @Test
    void twoSavesOfOneClientGiveOneSuccessAndOneConflict() throws Exception {
        ClientService mine = new ClientService(first.transactions(), first.audit(), first.user(), Clock.systemUTC());
        ClientService theirs = new ClientService(second.transactions(), second.audit(), second.user(), Clock.systemUTC());
        ClientRecord client = mine.create(ClientFixtures.named("Ada", "Start"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long seen = mine.open(client.id()).version();
                CyclicBarrier together = new CyclicBarrier(2);
                String a = "Mine" + round;
                String b = "Theirs" + round;
                Future<Object> saveA = pool.submit(() -> save(together, mine, client.id(), seen, a));
                Future<Object> saveB = pool.submit(() -> save(together, theirs, client.id(), seen, b));
                List<Object> outcomes = List.of(saveA.get(60, TimeUnit.SECONDS), saveB.get(60, TimeUnit.SECONDS));

                List<ClientRecord> saved = outcomes.stream().filter(ClientRecord.class::isInstance).map(ClientRecord.class::cast).toList();
                List<EditConflict> conflicts = outcomes.stream().filter(EditConflict.class::isInstance).map(EditConflict.class::cast).toList();
                assertThat(saved).as("round %d: exactly one save goes through", round).hasSize(1);
                assertThat(conflicts).as("round %d: the other is told plainly", round).hasSize(1);
                assertThat(conflicts.getFirst().getMessage()).isEqualTo(Messages.get("record.changedElsewhere"));
                // The conflict carries the winner's version, for the form's side-by-side view.
                assertThat(conflicts.getFirst().theirs().details().familyName()).isEqualTo(saved.getFirst().details().familyName());
                ClientRecord now = theirs.open(client.id());
                assertThat(now.details().familyName()).as("no lost update").isEqualTo(saved.getFirst().details().familyName());
                assertThat(now.version()).isEqualTo(seen + 1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(first.audit().verify().intact()).isTrue();
    }

    private static Object save(CyclicBarrier together, ClientService service, long id, long version, String family)
            throws Exception {
        together.await(30, TimeUnit.SECONDS);
        try {
            return service.update(id, version, ClientFixtures.named("Ada", family));
        } catch (EditConflict conflict) {
            return conflict;
        }
    }

    @Test
    void appendsFromBothNeverForkTheAuditChain() throws Exception {
        long before = first.audit().verify().entriesChecked();
        int threadsEach = 3;
        int appendsEach = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threadsEach * 2);
        CyclicBarrier together = new CyclicBarrier(threadsEach * 2);
        List<Future<?>> work = new ArrayList<>();
        for (Session s : List.of(first, second)) {
            for (int t = 0; t < threadsEach; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    for (int i = 0; i < appendsEach; i++) {
                        s.audit().record(AuditEvent.of(TestStores.ADMIN, AuditAction.SETTINGS_CHANGED)
                                .withDetail("thread " + thread + " step " + i));
                    }
                    return null;
                }));
            }
        }
        try {
            for (Future<?> f : work) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        AuditVerification result = second.audit().verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(before + 2L * threadsEach * appendsEach);
        List<?> duplicates = first.transactions().read(em -> em.createNativeQuery(
                "select seq from audit_entry group by seq having count(*) > 1").getResultList());
        assertThat(duplicates).isEmpty();
    }
}
