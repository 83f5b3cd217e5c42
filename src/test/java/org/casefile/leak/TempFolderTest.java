package org.casefile.leak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Nothing in the temporary folder after Casefile exits: the same journey as {@link LogLeakTest} (previews, an
 * exhibit export, a chronology CSV, a court bundle with its private working folder) with {@code java.io.tmpdir}
 * pointed at an empty folder, which must be empty again once the process has ended.
 */
class TempFolderTest {
    @Test
    void theTemporaryFolderIsEmptyAfterExit() throws Exception {
        LeakJourney.Result run = LeakJourney.result();
        assertThat(run.exitCode()).as(run.console()).isZero();
        assertThat(run.leftInTemp()).as("left in %s", run.tempFolder()).isEmpty();
    }
}
