package org.casefile.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentRules;
import org.casefile.incident.IncidentSummary;
import org.casefile.incident.Pattern;
import org.casefile.incident.PatternRules;
import org.casefile.incident.SignalKind;
import org.junit.jupiter.api.Test;

class DemoIncidentsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void historiesAreValidInThePastAndEscalatingOnesShowARisingFrequency() {
        DemoIncidents demo = new DemoIncidents(new SyntheticPeople(5));
        for (int run = 0; run < 20; run++) {
            List<IncidentDraft> steady = demo.history(30, TODAY, 7L, false);
            List<IncidentDraft> escalating = demo.history(30, TODAY, 7L, true);
            for (IncidentDraft d : concat(steady, escalating)) {
                assertThat(IncidentRules.problems(d, TODAY)).isEmpty();
            }
            assertThat(steady.size()).isBetween(15, 45);
            Pattern p = PatternRules.analyse(summaries(escalating), TODAY, null);
            assertThat(p.current()).extracting(s -> s.kind()).contains(SignalKind.FREQUENCY_RISING);
            assertThat(PatternRules.analyse(summaries(steady), TODAY, null).signals())
                    .noneMatch(s -> s.kind() == SignalKind.FREQUENCY_RISING);
        }
    }

    @Test
    void aScreenshotIsAPngPicture() throws Exception {
        byte[] png = DemoIncidents.screenshot("I know where you sleep.", TODAY);
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth()).isEqualTo(540);
    }

    private static List<IncidentDraft> concat(List<IncidentDraft> a, List<IncidentDraft> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<IncidentSummary> summaries(List<IncidentDraft> drafts) {
        return java.util.stream.IntStream.range(0, drafts.size()).mapToObj(i -> {
            IncidentDraft d = drafts.get(i);
            return new IncidentSummary(i + 1, 1, i + 1, d.occurredOn(), d.occurredAt(), d.approximate(),
                    d.behavioursInOrder(), d.channel(), d.place(), d.childrenInvolved(), false, d.source(), "",
                    false, "", java.time.Instant.EPOCH, "demo", 1);
        }).toList();
    }
}
