package org.casefile.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Nothing a caseworker typed about a client reaches a log: a whole journey (sign-in failures, a client with
 * addresses and phones, incidents in the perpetrator's words, evidence, previews, export, chronology, a bundle,
 * refusals and a database error whose driver message holds the value) under the production logging
 * configuration, then every seeded name, address and phone number is looked for in the log file and on the
 * console, with accents, case and spacing folded away.
 */
class LogLeakTest {
    @Test
    void noSeededNameAddressOrPhoneIsLogged() throws Exception {
        LeakJourney.Result run = LeakJourney.result();
        assertThat(run.exitCode()).as(run.console()).isZero();
        // The scan reads a real log: the journey's own lines and Casefile's sign-in timings are in it.
        assertThat(run.log()).contains("journey: starting", "sign-in: store open in", "journey: refused with",
                "journey: finished");

        String log = fold(run.log());
        String console = fold(run.console());
        for (String seeded : Journey.SEEDED) {
            assertThat(log).as("the log file holds \"%s\"", seeded).doesNotContain(fold(seeded));
            assertThat(console).as("the console holds \"%s\"", seeded).doesNotContain(fold(seeded));
        }
    }

    @Test
    void theFoldingFindsWhatItLooksFor() {
        assertThat(fold("x ŁUCJA  wójcik y")).contains(fold("Łucja Wójcik"));
        assertThat(fold("call 07700\u00a0900 123")).contains(fold("07700 900123"));
    }

    /** Lower case, no accents, no spaces: "Łucja Wójcik" and "LUCJA WOJCIK" match, as do phone spellings. */
    static String fold(String s) {
        String noAccents = Normalizer.normalize(s.replace('Ł', 'L').replace('ł', 'l'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", "");
    }
}
