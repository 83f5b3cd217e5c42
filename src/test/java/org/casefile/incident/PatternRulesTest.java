package org.casefile.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casefile.incident.Behaviour.APPROACHING;
import static org.casefile.incident.Behaviour.CALLS;
import static org.casefile.incident.Behaviour.FOLLOWING;
import static org.casefile.incident.Behaviour.LOITERING;
import static org.casefile.incident.Behaviour.MESSAGES;
import static org.casefile.incident.Behaviour.ORDER_BREACH;
import static org.casefile.incident.Behaviour.THREAT_TO_CHILDREN;
import static org.casefile.incident.Behaviour.THREAT_TO_CLIENT;
import static org.casefile.incident.Behaviour.VIOLENCE;
import static org.casefile.incident.Incidents.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20); // a Friday

    @Test
    void oneIncidentIsNotYetACourseOfConductTwoAre() {
        IncidentSummary first = summary(1, TODAY.minusDays(3), Place.WORK, false, MESSAGES);
        assertThat(PatternRules.analyse(List.of(first), TODAY, null).courseOfConduct()).isFalse();
        assertThat(PatternRules.analyse(List.of(first, summary(2, TODAY, Place.WORK, false, CALLS)), TODAY, null)
                .courseOfConduct()).isTrue();
        assertThat(PatternRules.analyse(List.of(), TODAY, null).perWeek()).isEmpty();
    }

    @Test
    void frequencyRisesWhenTheLastFortnightIsBusierPerDayThanTheFourWeeksBefore() {
        List<IncidentSummary> log = new ArrayList<>();
        // Two in the 28 days before the last 14 (days 15..42 ago), then three in the last 14.
        log.add(summary(1, TODAY.minusDays(40), Place.ONLINE, false, MESSAGES));
        log.add(summary(2, TODAY.minusDays(20), Place.ONLINE, false, MESSAGES));
        log.add(summary(3, TODAY.minusDays(13), Place.ONLINE, false, MESSAGES));
        log.add(summary(4, TODAY.minusDays(5), Place.ONLINE, false, CALLS));
        log.add(summary(5, TODAY, Place.ONLINE, false, CALLS));
        EscalationSignal rising = PatternRules.analyse(log, TODAY, null).signals().stream()
                .filter(s -> s.kind() == SignalKind.FREQUENCY_RISING).findFirst().orElseThrow();
        assertThat(rising.incidents()).containsExactly(3, 4, 5);
        assertThat(rising.counts()).containsExactly(3, 2);
        assertThat(rising.current()).isTrue();

        // Six before, three now: 3/14 per day is not more than 6/28.
        List<IncidentSummary> steady = new ArrayList<>(log);
        for (int i = 0; i < 4; i++) {
            steady.add(summary(10 + i, TODAY.minusDays(16 + i), Place.ONLINE, false, MESSAGES));
        }
        assertThat(PatternRules.analyse(steady, TODAY, null).signals())
                .noneMatch(s -> s.kind() == SignalKind.FREQUENCY_RISING);
    }

    @Test
    void theFirstThreatIsNamedOnceEvenWhenMoreFollow() {
        List<IncidentSummary> log = List.of(
                summary(1, TODAY.minusDays(90), Place.ONLINE, false, MESSAGES),
                summary(2, TODAY.minusDays(10), Place.ONLINE, false, MESSAGES, THREAT_TO_CLIENT),
                summary(3, TODAY.minusDays(2), Place.ONLINE, false, THREAT_TO_CLIENT));
        List<EscalationSignal> threats = PatternRules.analyse(log, TODAY, null).signals().stream()
                .filter(s -> s.kind() == SignalKind.FIRST_THREAT).toList();
        assertThat(threats).singleElement().satisfies(s -> {
            assertThat(s.incidents()).containsExactly(2);
            assertThat(s.date()).isEqualTo(TODAY.minusDays(10));
        });
    }

    @Test
    void signalsAreCurrentOnlyWithinTheWindowAndAfterTheLastReview() {
        List<IncidentSummary> log = List.of(
                summary(1, TODAY.minusDays(200), Place.HOME, false, VIOLENCE),
                summary(2, TODAY.minusDays(6), Place.HOME, false, VIOLENCE));
        Pattern unreviewed = PatternRules.analyse(log, TODAY, null);
        assertThat(unreviewed.signals()).filteredOn(s -> s.kind() == SignalKind.VIOLENCE)
                .extracting(EscalationSignal::incidents, EscalationSignal::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of(2), true),
                        org.assertj.core.groups.Tuple.tuple(List.of(1), false));
        assertThat(unreviewed.reviewSuggested()).isTrue();
        Pattern reviewed = PatternRules.analyse(log, TODAY, TODAY.minusDays(1));
        assertThat(reviewed.reviewSuggested()).isFalse();
        assertThat(reviewed.signals()).isNotEmpty();
    }

    @Test
    void homeVisitsChildrenAndBreachesEachSaySo() {
        List<IncidentSummary> log = List.of(
                summary(1, TODAY.minusDays(9), Place.HOME, false, LOITERING),
                summary(2, TODAY.minusDays(8), Place.HOME, false, MESSAGES),
                summary(3, TODAY.minusDays(7), Place.SCHOOL_OR_NURSERY, false, APPROACHING),
                summary(4, TODAY.minusDays(6), Place.ONLINE, false, THREAT_TO_CHILDREN),
                summary(5, TODAY.minusDays(5), Place.PUBLIC_PLACE, false, ORDER_BREACH, FOLLOWING));
        List<EscalationSignal> signals = PatternRules.analyse(log, TODAY, null).signals();
        assertThat(signals).filteredOn(s -> s.kind() == SignalKind.HOME_VISIT).singleElement()
                .satisfies(s -> assertThat(s.incidents()).containsExactly(1)); // a message sent to home is no visit
        assertThat(signals).filteredOn(s -> s.kind() == SignalKind.CHILDREN_APPROACHED).singleElement()
                .satisfies(s -> assertThat(s.incidents()).containsExactly(3, 4));
        assertThat(signals).filteredOn(s -> s.kind() == SignalKind.ORDER_BREACH).singleElement()
                .satisfies(s -> assertThat(s.incidents()).containsExactly(5));
        assertThat(signals).first().satisfies(s -> assertThat(s.date()).isEqualTo(TODAY.minusDays(5)));
    }

    @Test
    void moreThanThreeVisitsWithinSevenDaysFormOneRun() {
        List<IncidentSummary> log = new ArrayList<>();
        log.add(summary(1, TODAY.minusDays(60), Place.WORK, false, FOLLOWING));
        log.add(summary(2, TODAY.minusDays(59), Place.WORK, false, FOLLOWING));
        log.add(summary(3, TODAY.minusDays(58), Place.WORK, false, FOLLOWING)); // three: not more than three
        for (int i = 0; i < 5; i++) {
            log.add(summary(10 + i, TODAY.minusDays(10 - i), Place.WORK, false, FOLLOWING));
        }
        log.add(summary(20, TODAY.minusDays(7), Place.ONLINE, false, MESSAGES)); // not in person
        List<EscalationSignal> visits = PatternRules.analyse(log, TODAY, null).signals().stream()
                .filter(s -> s.kind() == SignalKind.VISITS_IN_A_WEEK).toList();
        assertThat(visits).singleElement().satisfies(s -> {
            assertThat(s.incidents()).containsExactly(10, 11, 12, 13, 14);
            assertThat(s.counts()).containsExactly(5);
        });
    }

    @Test
    void countsPerBehaviourAndWeekCoverEveryWeekFromTheFirstToToday() {
        List<IncidentSummary> log = List.of(
                summary(1, TODAY.minusWeeks(3), Place.ONLINE, false, MESSAGES, THREAT_TO_CLIENT),
                summary(2, TODAY.minusWeeks(3).plusDays(1), Place.ONLINE, false, MESSAGES),
                summary(3, TODAY, Place.HOME, false, LOITERING));
        Pattern p = PatternRules.analyse(log, TODAY, null);
        assertThat(p.perBehaviour()).containsExactly(java.util.Map.entry(MESSAGES, 2),
                java.util.Map.entry(LOITERING, 1), java.util.Map.entry(THREAT_TO_CLIENT, 1));
        assertThat(p.perWeek()).extracting(Pattern.WeekCount::total).containsExactly(2, 0, 0, 1);
        assertThat(p.perWeek().getFirst().weekStarting().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(p.perWeek().getFirst().byGroup()).containsEntry(BehaviourGroup.CONTACT, 2)
                .containsEntry(BehaviourGroup.THREATS_AND_VIOLENCE, 1);
    }
}
