package org.casefile.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.casefile.UserFacingException;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Back up now" moves a bar from start to end, and Cancel leaves nothing behind. */
class BackupProgressTest {
    @TempDir
    Path dir;

    @Test
    void progressRisesToTheEnd() {
        List<Double> seen = new CopyOnWriteArrayList<>();
        try (Session session = TestStores.create(dir.resolve("store"))) {
            BackupFixture.aCase(session, Clock.systemUTC());
            new BackupService(session, Clock.systemUTC()).backup(dir.resolve("backups"), 7, listening(seen, -1));
        }
        assertThat(seen).isNotEmpty().isSorted().last().isEqualTo(1.0);
        assertThat(seen).anyMatch(f -> f > 0.3 && f < 0.9);
    }

    @Test
    void cancellingPartWayLeavesNoFileAndSaysSo() throws IOException {
        Path folder = dir.resolve("backups");
        List<Double> seen = new CopyOnWriteArrayList<>();
        try (Session session = TestStores.create(dir.resolve("store"))) {
            BackupFixture.aCase(session, Clock.systemUTC());
            // Cancel once the copy into the archive is under way.
            assertThatThrownBy(() -> new BackupService(session, Clock.systemUTC()).backup(folder, 7,
                    listening(seen, 0.31)))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("backup.cancelled"));
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.toList()).as("nothing left in the backup folder").isEmpty();
        }
    }

    /** Records each step; says "cancelled" once progress has reached {@code cancelAt} (never when negative). */
    private static BackupProgress listening(List<Double> seen, double cancelAt) {
        return new BackupProgress() {
            @Override
            public void at(double fraction) {
                seen.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return cancelAt >= 0 && !seen.isEmpty() && seen.getLast() >= cancelAt;
            }
        };
    }
}
