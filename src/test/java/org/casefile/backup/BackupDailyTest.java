package org.casefile.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily backup, driven by a clock: due at first, not again for a day, retried an hour after a failure. */
class BackupDailyTest {
    @TempDir
    Path dir;

    @Test
    void oneBackupADayWhileSignedInKeepingTheNumberSet() throws Exception {
        BackupFixture.HandClock clock = new BackupFixture.HandClock(Instant.parse("2026-11-02T08:00:00Z"));
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        assertThat(settings.backupDaily()).isTrue();
        assertThat(settings.backupKeep()).isEqualTo(7);
        settings.setBackupKeep(2);
        try (Session session = TestStores.create(dir.resolve("store"))) {
            DailyBackup daily = new DailyBackup(session, settings, clock);
            assertThat(daily.folder()).isEqualTo(dir.resolve("store-backups"));
            assertThat(daily.runIfDue()).isPresent();
            clock.advance(Duration.ofHours(23));
            assertThat(daily.runIfDue()).isEmpty();
            clock.advance(Duration.ofHours(1));
            assertThat(daily.runIfDue()).isPresent();
            clock.advance(Duration.ofDays(1));
            assertThat(daily.runIfDue()).isPresent();
            assertThat(BackupFixture.files(daily.folder())).hasSize(2);
            assertThat(daily.latest()).get().extracting(BackupInfo::createdAt).isEqualTo(clock.instant());

            settings.setBackupDaily(false);
            clock.advance(Duration.ofDays(3));
            assertThat(daily.runIfDue()).isEmpty();
        }
    }

    @Test
    void aFailedDailyBackupIsKeptAsASentenceAndRetriedAnHourLater() throws Exception {
        BackupFixture.HandClock clock = new BackupFixture.HandClock(Instant.parse("2026-11-02T08:00:00Z"));
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        settings.setBackupFolder(notAFolder);
        try (Session session = TestStores.create(dir.resolve("store"))) {
            DailyBackup daily = new DailyBackup(session, settings, clock);
            assertThat(daily.runIfDue()).isEmpty();
            assertThat(daily.lastFailure()).get().asString().contains("could not make a backup");
            clock.advance(Duration.ofMinutes(30));
            assertThat(daily.due()).isFalse();
            settings.setBackupFolder(dir.resolve("backups"));
            clock.advance(Duration.ofMinutes(30));
            assertThat(daily.runIfDue()).isPresent();
            assertThat(daily.lastFailure()).isEmpty();
        }
    }

    @Test
    void theBackupSettingsAreSavedAndReadBack() {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        settings.setBackupFolder(dir.resolve("usb"));
        settings.setBackupKeep(400);
        settings.setBackupDaily(false);
        settings.save();
        Settings again = Settings.load(dir.resolve("settings.properties"));
        assertThat(again.chosenBackupFolder()).contains(dir.resolve("usb"));
        assertThat(again.backupKeep()).isEqualTo(365);
        assertThat(again.backupDaily()).isFalse();
    }
}
