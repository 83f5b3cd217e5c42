package org.casefile.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desktops starting the same new reference series at once (the first client of a new year on a team's
 * server): both saves go through with different numbers; neither fails on the counter's duplicate key.
 * Runs on H2 and, in the PostgreSQL run, on the server.
 */
class ReferenceSeriesTest {
    private static final int ROUNDS = 8;
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

    private static void await(CyclicBarrier together) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other desktop never came", e);
        }
    }

    @Test
    void twoDesktopsStartingOneNewSeriesTogetherBothGetANumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String series = "TEST-" + round;
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> numbers = new ArrayList<>();
                for (Session s : List.of(first, second)) {
                    numbers.add(pool.submit(() -> s.transactions().write(em -> {
                        // Both transactions are open before either asks, so both find no counter yet.
                        await(together);
                        return References.nextNumber(em, series);
                    })));
                }
                List<Integer> got = new ArrayList<>();
                for (Future<Integer> f : numbers) {
                    got.add(f.get(60, TimeUnit.SECONDS));
                }
                assertThat(new HashSet<>(got)).as("round %d: two different numbers", round).containsExactlyInAnyOrder(1, 2);
                int third = first.transactions().write(em -> References.nextNumber(em, series));
                assertThat(third).isEqualTo(3);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
