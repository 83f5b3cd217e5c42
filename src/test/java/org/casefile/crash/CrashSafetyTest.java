package org.casefile.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few rounds of {@link CrashRounds} for every build: a separate JVM writing incidents with evidence is killed
 * with SIGKILL, and every write it saw committed must be there, whole, in a store that opens. The long run (50
 * rounds and more) is {@code CrashBenchmarkTest} under {@code -Pbench}.
 */
class CrashSafetyTest {
    @TempDir
    Path work;

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        CrashRounds rounds = CrashRounds.create(work, 20261121L, 1_500);
        for (int i = 0; i < 3; i++) {
            rounds.run();
        }
        rounds.checkEverything();
        assertThat(rounds.incidentsCommitted()).as("the writers committed something to lose").isPositive();
        assertThat(rounds.exhibitsCommitted()).isPositive();
    }
}
