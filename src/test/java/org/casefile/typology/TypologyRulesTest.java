package org.casefile.typology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casefile.Messages;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Channel;
import org.casefile.incident.IncidentSummary;
import org.casefile.incident.Place;
import org.casefile.incident.Source;
import org.casefile.perpetrator.Relationship;
import org.casefile.typology.CaseFacts.CaseText;
import org.casefile.typology.CaseFacts.IncidentFact;
import org.casefile.typology.CaseFacts.TextKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypologyRulesTest {
    private static final LocalDate START = LocalDate.of(2025, 3, 1);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "reconcile|PLEASE come back!!",
            "reconcile|I'm so sorry... I'll change, I promise",
            "reconcile|i am sorry",
            "reconcile|Just give us another go",
            "reconcile|we were SO good together",
            "reconcile|I’m begging you",
            "reconcile|missing you and the kids",
            "reconcile|Why won't we get back together?",
            "revenge|You’ll regret this",
            "revenge|you will pay for what you did",
            "revenge|You are going to be sorry",
            "revenge|I'll get even with you",
            "revenge|If I can't have you, no-one else will have you",
            "grievance|You RUINED my career",
            "grievance|you got me sacked",
            "grievance|this is an injustice",
            "grievance|I have complained to your manager",
            "grievance|I lost my licence because of your report",
            "grievance|Everyone will know what you did",
            "destiny|We're SOULMATES",
            "destiny|we are soul-mates",
            "destiny|it was meant-to-be",
            "destiny|Destiny brought us together",
            "destiny|I saw the way you smiled at me",
            "destiny|You can’t deny it",
            "destiny|you're the one",
            "jealousy|Who was that guy you were with?",
            "jealousy|leave him, he doesn't deserve you",
            "dating|Will you go out with me?",
            "dating|Let me take you out sometime",
            "dating|u up?",
            "dating|wanna meet for a drink",
            "dating|fine, your loss",
            "destiny|I know you wanted to say yes but your job stops you",
            "destiny|Now the case is over we can be together",
            "destiny|I dream of the life we will have",
            "dating|Still waiting for that dinner",
            "dating|Nice legs by the way",
            "destiny|I know our hearts are linked",
            "destiny|When we meet we will never part",
            "destiny|You looked into the camera and spoke to me",
            "destiny|That song you sang was for me",
            "dating|just one drink, come on",
            "dating|Are u single",
            "dating|send me pics",
            "dating|ur so fit",
            "surveillance|he sat in his car opposite for hours",
            "surveillance|A GPS tracker under the car",
            "surveillance|the same man, again",
            "surveillance|He never spoke, just watched from the corner",
            "surveillance|he knew where I'd be",
            "sexual|I watched you undress"})
    void cuesMatchManyPhrasingsWhateverTheCaseAndPunctuation(String cue, String text) {
        assertThat(cueNamed(cue).in(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"He asked how the appointment went.", "Happy birthday.", "The bus was late again today.",
            "She said the weather was hot.", "Thanks for the parcel."})
    void neutralWordsMatchNoCue(String text) {
        for (Cue cue : List.of(WordCues.RECONCILE, WordCues.REVENGE, WordCues.DESTINY, WordCues.DATING, WordCues.SEXUAL,
                WordCues.JEALOUSY)) {
            assertThat(cue.find(text)).as(cue.name() + ": " + text).isEmpty();
        }
    }

    @Test
    void aFiredRuleSaysWhatItFoundAndInWhichIncident() {
        CaseFacts facts = withTexts(facts(Relationship.EX_INTIMATE_PARTNER, Set.of(),
                incident(1, 0, Behaviour.MESSAGES), incident(2, 10, Behaviour.MESSAGES)),
                new CaseText(2, TextKind.VERBATIM, "Please, COME BACK. We can make it work."));
        FiredRule pleading = fired(TypologyRules.evaluate(facts), "rejected.pleading");
        assertThat(pleading.evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Evidence.Kind.WORDS);
            assertThat(e.detail()).isEqualTo("\"COME BACK\", \"make it work\"");
            assertThat(e.incidents()).containsExactly(2);
        });
        FiredRule partner = fired(TypologyRules.evaluate(facts), "rejected.formerPartner");
        assertThat(partner.evidence()).singleElement().extracting(Evidence::detail).isEqualTo("EX_INTIMATE_PARTNER");
        assertThat(partner.reason()).startsWith("They were the client's partner");
    }

    @Test
    void wordsAreReportedAsWrittenEvenWhenPunctuationSplitsThem() {
        assertThat(WordCues.DESTINY.find("Honestly? We're SOUL-mates... it's fate!")).containsExactly("SOUL-mates", "fate");
        assertThat(WordCues.RECONCILE.find("I’m so sorry, I’ll change")).containsExactly("I’m so sorry", "I’ll change");
        assertThat(WordCues.DESTINY.find("Ça, c'est le destin: destinée")).isEmpty();
        assertThat(WordCues.DESTINY.find("Our wédding")).containsExactly("wédding");
    }

    @Test
    void behaviourEvidenceListsTheIncidents() {
        CaseFacts facts = facts(Relationship.STRANGER, Set.of(ContextFlag.COVERT_WATCHING),
                incident(1, 0, Behaviour.WATCHING), incident(2, 5, Behaviour.FOLLOWING), incident(3, 9, Behaviour.WATCHING));
        TypologyFinding f = TypologyRules.evaluate(facts);
        assertThat(f.primary()).isEqualTo(StalkerType.PREDATORY);
        assertThat(fired(f, "predatory.covertBehaviour").evidence())
                .extracting(Evidence::detail, Evidence::incidents)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FOLLOWING", List.of(2)),
                        org.assertj.core.groups.Tuple.tuple("WATCHING", List.of(1, 3)));
    }

    @Test
    void withNoKnownPerpetratorTheFindingIsUndeterminedWhateverTheWords() {
        CaseFacts facts = new CaseFacts(false, null, Set.of(), List.of(incident(1, 0, Behaviour.LETTERS),
                incident(2, 3, Behaviour.LETTERS)), List.of(new CaseText(1, TextKind.VERBATIM, "We are soulmates, meant to be")),
                0, WarningResponse.UNKNOWN, Set.of());
        TypologyFinding f = TypologyRules.evaluate(facts);
        assertThat(f.undetermined()).isTrue();
        assertThat(f.primaryName()).isEqualTo("UNDETERMINED");
        assertThat(f.statusKey()).isEqualTo("typology.status.noPerpetrator");
        assertThat(f.scoreOf(StalkerType.INTIMACY_SEEKING)).isPositive();
    }

    @Test
    void oneIncidentIsTooFewFacts() {
        CaseFacts facts = facts(Relationship.EX_INTIMATE_PARTNER, Set.of(ContextFlag.FOLLOWED_END_OF_RELATIONSHIP),
                incident(1, 0, Behaviour.MESSAGES));
        assertThat(TypologyRules.evaluate(facts).statusKey()).isEqualTo("typology.status.tooFewFacts");
    }

    @Test
    void twoTypesThatFitAboutEquallyAreUndetermined() {
        CaseFacts facts = facts(Relationship.ACQUAINTANCE,
                Set.of(ContextFlag.BELIEVES_RELATIONSHIP_REAL, ContextFlag.FOLLOWED_GRIEVANCE_OR_DISPUTE),
                incident(1, 0, Behaviour.CALLS), incident(2, 20, Behaviour.CALLS));
        TypologyFinding f = TypologyRules.evaluate(facts);
        assertThat(f.undetermined()).isTrue();
        assertThat(f.statusKey()).isEqualTo("typology.status.close");
        assertThat(f.scores().get(0).score() - f.scores().get(1).score()).isLessThan(TypologyFinding.PRIMARY_MARGIN);
    }

    @Test
    void aRejectedStalkerWhoseAngerTurnedToGrievanceHasResentfulAsSecondary() {
        CaseFacts facts = withTexts(facts(Relationship.EX_INTIMATE_PARTNER,
                Set.of(ContextFlag.FOLLOWED_END_OF_RELATIONSHIP, ContextFlag.FOLLOWED_GRIEVANCE_OR_DISPUTE),
                incident(1, 0, Behaviour.MESSAGES), incident(2, 30, Behaviour.VEXATIOUS_COMPLAINTS)),
                new CaseText(1, TextKind.VERBATIM, "You ruined my business. You'll pay."));
        TypologyFinding f = TypologyRules.evaluate(facts);
        assertThat(f.primary()).as(TypologyVignettesTest.describe(f)).isEqualTo(StalkerType.REJECTED);
        assertThat(f.secondary()).isEqualTo(StalkerType.RESENTFUL);
        assertThat(f.statusKey()).isEqualTo("typology.status.clearWithSecondary");
    }

    @Test
    void cyberEnabledWhenOnlineOrSurveillanceBehaviourReachesTheThreshold() {
        CaseFacts tracked = facts(Relationship.EX_INTIMATE_PARTNER, Set.of(),
                incident(1, 0, Behaviour.TRACKING_OR_SPYWARE), incident(2, 4, Behaviour.ACCOUNT_ACCESS),
                incident(3, 8, Behaviour.LOITERING), incident(4, 9, Behaviour.CALLS), incident(5, 12, Behaviour.CALLS));
        assertThat(TypologyRules.evaluate(tracked).cyberEnabled()).isTrue();
        assertThat(TypologyRules.evaluate(tracked).modalityEvidence()).isNotEmpty();

        CaseFacts byPhone = new CaseFacts(true, Relationship.EX_INTIMATE_PARTNER, Set.of(), List.of(
                new IncidentFact(1, START, Set.of(Behaviour.MESSAGES), Channel.TEXT_MESSAGE, Place.ONLINE),
                new IncidentFact(2, START.plusDays(1), Set.of(Behaviour.CALLS), Channel.PHONE_CALL, Place.UNKNOWN)),
                List.of(), 0, null, null);
        assertThat(TypologyRules.evaluate(byPhone).cyberEnabled()).isFalse();

        CaseFacts social = facts(Relationship.ONLINE_ONLY_CONTACT, Set.of(),
                incident(1, 0, Behaviour.SOCIAL_MEDIA), incident(2, 3, Behaviour.EMAIL), incident(3, 5, Behaviour.LETTERS));
        assertThat(TypologyRules.evaluate(social).cyberEnabled()).isTrue();
        assertThat(TypologyRules.evaluate(social).modalities()).containsExactly(Modality.CYBER_ENABLED);
    }

    @Test
    void factsCanBeBuiltFromTheIncidentLogTheServicesReturn() {
        List<IncidentSummary> log = List.of(
                summary(1, START, List.of(Behaviour.LETTERS), "Letter: we are meant to be, our wedding is in May"),
                summary(2, START.plusDays(200), List.of(Behaviour.GIFTS_OR_ITEMS), "Flowers again; she said the universe chose her"));
        CaseFacts facts = CaseFacts.fromLog(Relationship.ACQUAINTANCE, Set.of(), log, 0, WarningResponse.IGNORED, Set.of());
        assertThat(facts.durationDays()).isEqualTo(200);
        assertThat(facts.behaviours().get(Behaviour.LETTERS).count()).isEqualTo(1);
        TypologyFinding f = TypologyRules.evaluate(facts);
        assertThat(f.primary()).as(TypologyVignettesTest.describe(f)).isEqualTo(StalkerType.INTIMACY_SEEKING);
        assertThat(CaseFacts.fromLog(null, Set.of(), log, 0, null, null).perpetratorKnown()).isFalse();
    }

    @Test
    void everyRuleHasAUniqueIdAndASentence() {
        Set<String> ids = new HashSet<>();
        for (TypologyRule rule : TypologyRules.all()) {
            assertThat(ids.add(rule.id())).as(rule.id()).isTrue();
            assertThat(Messages.get(rule.reasonKey())).as(rule.reasonKey()).isNotEqualTo(rule.reasonKey()).endsWith(".");
            assertThat(rule.weight()).isNotZero();
        }
        for (StalkerType type : StalkerType.values()) {
            assertThat(TypologyRules.all()).as(type.name()).anyMatch(r -> r.type() == type && r.weight() > 0)
                    .anyMatch(r -> r.type() == type && r.weight() < 0);
        }
    }

    @Test
    void theNoticeSaysItIsNotARiskScore() {
        assertThat(Messages.get(TypologyFinding.NOTICE_KEY)).contains("not a risk score");
    }

    // ---- helpers ----

    private static Cue cueNamed(String name) {
        return List.of(WordCues.RECONCILE, WordCues.REVENGE, WordCues.GRIEVANCE, WordCues.DESTINY, WordCues.JEALOUSY,
                WordCues.DATING, WordCues.SURVEILLANCE, WordCues.SEXUAL).stream().filter(c -> c.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static FiredRule fired(TypologyFinding f, String id) {
        return f.fired().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " did not fire:\n" + TypologyVignettesTest.describe(f)));
    }

    private static IncidentFact incident(int number, int day, Behaviour... behaviours) {
        return new IncidentFact(number, START.plusDays(day), Set.of(behaviours), Channel.UNKNOWN, Place.UNKNOWN);
    }

    private static IncidentSummary summary(int number, LocalDate on, List<Behaviour> behaviours, String text) {
        return new IncidentSummary(number, 1, number, on, null, false, behaviours, Channel.POST_OR_DELIVERY, Place.HOME,
                false, false, Source.CLIENT, text, false, "", Instant.EPOCH, "tester", 1);
    }

    private static CaseFacts withTexts(CaseFacts f, CaseText... texts) {
        return new CaseFacts(f.perpetratorKnown(), f.relationship(), f.context(), f.incidents(), List.of(texts),
                f.priorVictims(), f.warnings(), f.mentalHealth());
    }

    private static CaseFacts facts(Relationship relationship, Set<ContextFlag> flags, IncidentFact a, IncidentFact... more) {
        List<IncidentFact> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(more));
        return new CaseFacts(true, relationship, flags, all, List.of(), 0, WarningResponse.UNKNOWN, Set.of());
    }
}
