package org.casefile.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void savedSettingsReadBackAndNonsenseFallsBackToDefaults() throws Exception {
        Path file = dir.resolve("sub/settings.properties");
        Settings settings = Settings.load(file);
        assertThat(settings.theme()).isEqualTo(Settings.Theme.SYSTEM);
        assertThat(settings.fontSize()).isEqualTo(100);
        assertThat(settings.idleLockMinutes()).isEqualTo(Settings.DEFAULT_IDLE_LOCK_MINUTES);
        settings.setTheme(Settings.Theme.DARK);
        settings.setIdleLockMinutes(500);
        settings.setFontSize(150);
        settings.setStoreDirectory(dir.resolve("store"));
        settings.save();

        Settings again = Settings.load(file);
        assertThat(again.theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(again.idleLockMinutes()).isEqualTo(120);
        assertThat(again.fontSize()).isEqualTo(150);
        again.setTheme(Settings.Theme.HIGH_CONTRAST);
        again.save();
        assertThat(Files.readString(file)).contains("theme=high-contrast");
        assertThat(Settings.load(file).theme()).isEqualTo(Settings.Theme.HIGH_CONTRAST);
        assertThat(again.storeDirectory()).contains(dir.resolve("store"));

        Files.writeString(file, "theme=purple\nidleLockMinutes=soon\nfontSize=130\n");
        Settings odd = Settings.load(file);
        assertThat(odd.theme()).isEqualTo(Settings.Theme.SYSTEM);
        assertThat(odd.fontSize()).as("only the offered sizes").isEqualTo(100);
        assertThat(odd.idleLockMinutes()).isEqualTo(Settings.DEFAULT_IDLE_LOCK_MINUTES);
        assertThat(odd.storeDirectory()).isEmpty();
    }
}
