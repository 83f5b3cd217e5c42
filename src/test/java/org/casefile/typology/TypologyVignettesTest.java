package org.casefile.typology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.casefile.exchange.ExchangeFacts;
import org.casefile.exchange.ExchangeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each vignette, written from the published criteria, is classified as its file name says. */
class TypologyVignettesTest {

    static Iterable<Path> vignettes() {
        return Vignettes.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void eachVignetteGetsItsExpectedType(Path file) {
        TypologyFinding finding = TypologyRules.evaluate(ExchangeFacts.toFacts(ExchangeJson.read(file)));
        assertThat(finding.primaryName()).as(describe(finding)).isEqualTo(Vignettes.expected(file));
    }

    @Test
    void everyTypeHasAtLeastFiveVignettesAndSeveralAreUndetermined() {
        Map<String, Long> counts = Vignettes.all().stream()
                .collect(Collectors.groupingBy(Vignettes::expected, TreeMap::new, Collectors.counting()));
        Arrays.stream(StalkerType.values()).forEach(t -> assertThat(counts.get(t.name())).as(t.name()).isGreaterThanOrEqualTo(5));
        assertThat(counts.get("UNDETERMINED")).isGreaterThanOrEqualTo(3);
    }

    static String describe(TypologyFinding f) {
        return f.scores() + " " + f.statusKey() + "\n" + f.fired().stream()
                .map(r -> "  " + r.weight() + " " + r.type() + " " + r.id() + " " + r.evidence())
                .collect(Collectors.joining("\n"));
    }
}
