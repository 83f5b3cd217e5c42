package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casefile.settings.Settings;
import org.junit.jupiter.api.Test;

/** Reading each system's light or dark choice, and what "follow the system" shows when it cannot tell. */
class SystemAppearanceTest {
    private final List<List<String>> asked = new ArrayList<>();

    private SystemAppearance on(String os, Map<String, String> env, Map<String, String> answers) {
        return new SystemAppearance(os, env::get, command -> {
            asked.add(command);
            return Optional.ofNullable(answers.get(command.getFirst()));
        });
    }

    @Test
    void gnomeColourSchemeDecidesOnLinuxAndGtkThemeIsTheFallback() {
        assertThat(on("Linux", Map.of(), Map.of("gsettings", "'prefer-dark'\n")).prefersDark()).contains(true);
        assertThat(asked.getFirst()).containsExactly("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
        assertThat(on("Linux", Map.of("GTK_THEME", "Adwaita:dark"), Map.of("gsettings", "'default'\n")).prefersDark())
                .contains(false);
        assertThat(on("Linux", Map.of("GTK_THEME", "Adwaita:dark"), Map.of()).prefersDark()).contains(true);
        assertThat(on("Linux", Map.of("GTK_THEME", "Adwaita"), Map.of()).prefersDark()).contains(false);
        assertThat(on("Linux", Map.of(), Map.of()).prefersDark()).as("nothing to go on").isEmpty();
    }

    @Test
    void windowsRegistryAndMacDefaults() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n";
        assertThat(on("Windows 11", Map.of(), Map.of("reg", dark)).prefersDark()).contains(true);
        assertThat(on("Windows 11", Map.of(), Map.of("reg", dark.replace("0x0", "0x1"))).prefersDark()).contains(false);
        assertThat(on("Windows 11", Map.of(), Map.of()).prefersDark()).isEmpty();
        assertThat(on("Mac OS X", Map.of(), Map.of("defaults", "Dark\n")).prefersDark()).contains(true);
        assertThat(on("Mac OS X", Map.of(), Map.of()).prefersDark()).as("the key is absent in light mode")
                .contains(false);
    }

    @Test
    void followingTheSystemFallsBackToLight() {
        assertThat(Theme.resolve(Settings.Theme.SYSTEM, Optional.empty())).isEqualTo(Theme.Look.LIGHT);
        assertThat(Theme.resolve(Settings.Theme.SYSTEM, Optional.of(true))).isEqualTo(Theme.Look.DARK);
        assertThat(Theme.resolve(Settings.Theme.HIGH_CONTRAST, Optional.of(false))).isEqualTo(Theme.Look.HIGH_CONTRAST);
    }

    @Test
    void aMissingProgramIsNoAnswerRatherThanAnError() {
        assertThat(new SystemAppearance("Linux", name -> null, command -> Optional.empty()).prefersDark()).isEmpty();
        // The real runner on this computer gives an answer or none, never an exception.
        assertThat(SystemAppearance.ofThisComputer().prefersDark()).isNotNull();
    }
}
