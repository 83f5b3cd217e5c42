package org.casefile.typology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules make of a case: the types ranked by score, a primary type only when the evidence clearly
 * favours it, a secondary when a second type also fits, the cyber-enabled tag, and every rule that fired with
 * its evidence. <strong>An aid to professional judgement, never a risk score</strong>: a type says what the
 * stalking may be about, not how dangerous it is. Motive can change, so a finding is dated by whoever keeps it.
 *
 * <p>How the primary is chosen: a type's score is the sum of the weights of its fired rules (never below 0).
 * The top type is primary when the perpetrator is known, the log has at least {@value #MIN_INCIDENTS} incidents
 * (a course of conduct), its score is at least {@value #PRIMARY_MIN_SCORE} (roughly one context fact plus one
 * more piece of evidence) and it leads the next by at least {@value #PRIMARY_MARGIN}. Otherwise the finding is
 * undetermined, and {@code statusKey} says why. A secondary is named when the runner-up scores at least
 * {@value #SECONDARY_MIN_SCORE} and at least half the primary's score.
 *
 * @param primary          the clearly favoured type, or null when undetermined
 * @param secondary        a second type that also fits, or null
 * @param statusKey        the message key of the sentence saying how clear the finding is
 * @param scores           every type, highest score first
 * @param modalities       {@link Modality#CYBER_ENABLED} when online behaviours reach the threshold
 * @param modalityEvidence what the modality tag rests on
 * @param fired            every rule that fired, in rule order
 */
public record TypologyFinding(StalkerType primary, StalkerType secondary, String statusKey, List<TypeScore> scores,
                              Set<Modality> modalities, List<Evidence> modalityEvidence, List<FiredRule> fired) {
    public static final int MIN_INCIDENTS = 2;
    public static final int PRIMARY_MIN_SCORE = 6;
    public static final int PRIMARY_MARGIN = 3;
    public static final int SECONDARY_MIN_SCORE = 5;
    /** The sentence every presentation of a finding carries. */
    public static final String NOTICE_KEY = "typology.notice";

    public record TypeScore(StalkerType type, int score) {
    }

    public TypologyFinding {
        scores = List.copyOf(scores);
        modalities = Set.copyOf(modalities);
        modalityEvidence = List.copyOf(modalityEvidence);
        fired = List.copyOf(fired);
    }

    static TypologyFinding from(CaseFacts facts, List<FiredRule> fired, List<Evidence> cyber) {
        Map<StalkerType, Integer> sum = new EnumMap<>(StalkerType.class);
        for (StalkerType t : StalkerType.values()) {
            sum.put(t, 0);
        }
        fired.forEach(r -> sum.merge(r.type(), r.weight(), Integer::sum));
        List<TypeScore> ranked = new ArrayList<>();
        sum.forEach((t, s) -> ranked.add(new TypeScore(t, Math.max(0, s))));
        ranked.sort(Comparator.comparingInt(TypeScore::score).reversed()); // stable: ties keep enum order
        TypeScore top = ranked.get(0);
        TypeScore next = ranked.get(1);

        StalkerType primary = null;
        StalkerType secondary = null;
        String status;
        if (!facts.perpetratorKnown()) {
            status = "typology.status.noPerpetrator";
        } else if (facts.incidents().size() < MIN_INCIDENTS) {
            status = "typology.status.tooFewFacts";
        } else if (top.score() < PRIMARY_MIN_SCORE) {
            status = "typology.status.weak";
        } else if (top.score() - next.score() < PRIMARY_MARGIN) {
            status = "typology.status.close";
        } else {
            primary = top.type();
            if (next.score() >= SECONDARY_MIN_SCORE && next.score() * 2 >= top.score()) {
                secondary = next.type();
                status = "typology.status.clearWithSecondary";
            } else {
                status = "typology.status.clear";
            }
        }
        Set<Modality> modalities = cyber.isEmpty() ? Set.of() : Set.of(Modality.CYBER_ENABLED);
        return new TypologyFinding(primary, secondary, status, ranked, modalities, cyber, fired);
    }

    public boolean undetermined() {
        return primary == null;
    }

    /** The primary type's name, or {@code UNDETERMINED}. */
    public String primaryName() {
        return primary == null ? "UNDETERMINED" : primary.name();
    }

    public int scoreOf(StalkerType type) {
        return scores.stream().filter(s -> s.type() == type).mapToInt(TypeScore::score).findFirst().orElse(0);
    }

    public boolean cyberEnabled() {
        return modalities.contains(Modality.CYBER_ENABLED);
    }
}
