package org.casefile.typology;

import static org.casefile.typology.StalkerType.INCOMPETENT_SUITOR;
import static org.casefile.typology.StalkerType.INTIMACY_SEEKING;
import static org.casefile.typology.StalkerType.PREDATORY;
import static org.casefile.typology.StalkerType.REJECTED;
import static org.casefile.typology.StalkerType.RESENTFUL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.casefile.incident.Behaviour;
import org.casefile.incident.BehaviourGroup;
import org.casefile.perpetrator.Relationship;
import org.casefile.typology.CaseFacts.IncidentFact;
import org.casefile.typology.Evidence.Kind;

/**
 * The typology rules as data: each names the type it supports or counts against, a weight, the sentence a
 * caseworker reads, and a condition that returns what it found. The weights follow the published criteria
 * (docs/domain.md, "Stalker typology"): the context in which the stalking began weighs most (4–5), the words
 * used next (2–4), behaviour least (1–3). Rules that count against a type encode the "telling them apart"
 * guidance, such as "an ended relationship plus any bid to reconcile is rejected, even when revenge follows".
 * {@link #evaluate} turns the fired rules into a {@link TypologyFinding}.
 */
public final class TypologyRules {
    private TypologyRules() {
    }

    private static final Set<Behaviour> COVERT = EnumSet.of(Behaviour.WATCHING, Behaviour.FOLLOWING,
            Behaviour.TRACKING_OR_SPYWARE);
    private static final Set<Behaviour> DIRECT_CONTACT = EnumSet.of(Behaviour.CALLS, Behaviour.MESSAGES,
            Behaviour.EMAIL, Behaviour.SOCIAL_MEDIA, Behaviour.LETTERS, Behaviour.GIFTS_OR_ITEMS);
    private static final Set<Relationship> DISTANT = EnumSet.of(Relationship.STRANGER, Relationship.ACQUAINTANCE,
            Relationship.PROFESSIONAL_CONTACT, Relationship.ONLINE_ONLY_CONTACT);

    private static final Function<CaseFacts, List<Evidence>> FORMER_PARTNER =
            any(relationship(Relationship.EX_INTIMATE_PARTNER), flag(ContextFlag.FOLLOWED_END_OF_RELATIONSHIP));
    private static final Function<CaseFacts, List<Evidence>> NO_PRIOR_TIE =
            any(relationship(Relationship.STRANGER), flag(ContextFlag.NO_PRIOR_CONTACT));

    private static final List<TypologyRule> RULES = List.of(
            // Rejected: a close relationship ended; pleading, then anger; contact of every kind.
            rule("rejected.formerPartner", REJECTED, 5, "typology.rule.rejectedFormerPartner",
                    relationship(Relationship.EX_INTIMATE_PARTNER)),
            rule("rejected.relationshipEnded", REJECTED, 4, "typology.rule.rejectedRelationshipEnded",
                    flag(ContextFlag.FOLLOWED_END_OF_RELATIONSHIP)),
            rule("rejected.pleading", REJECTED, 3, "typology.rule.rejectedPleading", words(WordCues.RECONCILE)),
            rule("rejected.angerAfterEnding", REJECTED, 2, "typology.rule.rejectedAngerAfterEnding",
                    all(FORMER_PARTNER, words(WordCues.REVENGE))),
            rule("rejected.thirdParties", REJECTED, 1, "typology.rule.rejectedThirdParties",
                    all(FORMER_PARTNER, behaviour(1, Behaviour.THIRD_PARTY_CONTACT))),
            rule("rejected.everyKindOfContact", REJECTED, 1, "typology.rule.rejectedEveryKindOfContact",
                    TypologyRules::manyKindsOfContact),
            rule("rejected.suicideThreat", REJECTED, 1, "typology.rule.rejectedSuicideThreat",
                    behaviour(1, Behaviour.THREAT_OF_SUICIDE)),
            rule("rejected.noRelationshipToLose", REJECTED, -5, "typology.rule.rejectedNoRelationshipToLose",
                    NO_PRIOR_TIE),

            // Resentful: felt wronged; wants to frighten; little wish for a relationship.
            rule("resentful.grievance", RESENTFUL, 5, "typology.rule.resentfulGrievance",
                    flag(ContextFlag.FOLLOWED_GRIEVANCE_OR_DISPUTE)),
            rule("resentful.grievanceWords", RESENTFUL, 3, "typology.rule.resentfulGrievanceWords",
                    words(WordCues.GRIEVANCE)),
            rule("resentful.revengeWithoutLostLove", RESENTFUL, 2, "typology.rule.resentfulRevengeWithoutLostLove",
                    all(words(WordCues.REVENGE), none(FORMER_PARTNER))),
            rule("resentful.seesSelfAsVictim", RESENTFUL, 2, "typology.rule.resentfulSeesSelfAsVictim",
                    flag(ContextFlag.SEES_SELF_AS_VICTIM)),
            rule("resentful.complaints", RESENTFUL, 2, "typology.rule.resentfulComplaints",
                    behaviour(1, Behaviour.VEXATIOUS_COMPLAINTS)),
            rule("resentful.denigration", RESENTFUL, 1, "typology.rule.resentfulDenigration",
                    behaviour(1, Behaviour.PUBLISHING_MATERIAL, Behaviour.IMPERSONATION)),
            rule("resentful.damageOrThreats", RESENTFUL, 1, "typology.rule.resentfulDamageOrThreats",
                    all(behaviour(1, EnumSet.of(Behaviour.PROPERTY_DAMAGE, Behaviour.THREAT_TO_CLIENT,
                            Behaviour.THREAT_TO_OTHERS)), none(words(WordCues.RECONCILE, WordCues.DESTINY, WordCues.DATING)))),
            rule("resentful.disputeSetting", RESENTFUL, 1, "typology.rule.resentfulDisputeSetting",
                    relationship(Relationship.NEIGHBOUR, Relationship.WORK_COLLEAGUE, Relationship.PROFESSIONAL_CONTACT)),
            rule("resentful.persistentGrievance", RESENTFUL, 1, "typology.rule.resentfulPersistentGrievance",
                    indicator(MentalHealthIndicator.PERSISTENT_GRIEVANCE)),
            rule("resentful.wantsRelationship", RESENTFUL, -2, "typology.rule.resentfulWantsRelationship",
                    words(WordCues.RECONCILE, WordCues.DESTINY, WordCues.DATING)),
            rule("resentful.beganWithEnding", RESENTFUL, -2, "typology.rule.resentfulBeganWithEnding",
                    flag(ContextFlag.FOLLOWED_END_OF_RELATIONSHIP)),

            // Intimacy seeking: believes the love is real or destined; letters and gifts; ignores sanctions.
            rule("intimacy.believesReal", INTIMACY_SEEKING, 5, "typology.rule.intimacyBelievesReal",
                    flag(ContextFlag.BELIEVES_RELATIONSHIP_REAL)),
            rule("intimacy.destinyWords", INTIMACY_SEEKING, 4, "typology.rule.intimacyDestinyWords",
                    words(WordCues.DESTINY)),
            rule("intimacy.lettersAndGifts", INTIMACY_SEEKING, 1, "typology.rule.intimacyLettersAndGifts",
                    behaviour(1, Behaviour.LETTERS, Behaviour.GIFTS_OR_ITEMS)),
            rule("intimacy.persistentGifts", INTIMACY_SEEKING, 1, "typology.rule.intimacyPersistentGifts",
                    behaviour(3, Behaviour.LETTERS, Behaviour.GIFTS_OR_ITEMS)),
            rule("intimacy.jealousy", INTIMACY_SEEKING, 2, "typology.rule.intimacyJealousy",
                    any(flag(ContextFlag.JEALOUS_OF_CLIENT_PARTNER), words(WordCues.JEALOUSY))),
            rule("intimacy.ignoresSanctions", INTIMACY_SEEKING, 1, "typology.rule.intimacyIgnoresSanctions",
                    warnings(WarningResponse.IGNORED)),
            rule("intimacy.longRunning", INTIMACY_SEEKING, 1, "typology.rule.intimacyLongRunning",
                    durationAtLeast(180)),
            rule("intimacy.distantTie", INTIMACY_SEEKING, 1, "typology.rule.intimacyDistantTie",
                    relationship(DISTANT.toArray(Relationship[]::new))),
            rule("intimacy.fixedBelief", INTIMACY_SEEKING, 2, "typology.rule.intimacyFixedBelief",
                    indicator(MentalHealthIndicator.FIXED_BELIEF_OF_BEING_LOVED)),
            rule("intimacy.formerPartner", INTIMACY_SEEKING, -5, "typology.rule.intimacyFormerPartner", FORMER_PARTNER),

            // Incompetent suitor: wanted a date or sex, knows it is not returned; brief; moves on to others.
            rule("suitor.refused", INCOMPETENT_SUITOR, 4, "typology.rule.suitorRefused",
                    flag(ContextFlag.REFUSED_DATE_OR_SEX)),
            rule("suitor.datingWords", INCOMPETENT_SUITOR, 3, "typology.rule.suitorDatingWords", words(WordCues.DATING)),
            rule("suitor.askedAgainAndAgain", INCOMPETENT_SUITOR, 2, "typology.rule.suitorAskedAgainAndAgain",
                    wordsInIncidents(2, WordCues.DATING)),
            rule("suitor.brief", INCOMPETENT_SUITOR, 1, "typology.rule.suitorBrief", TypologyRules::brief),
            rule("suitor.otherTargets", INCOMPETENT_SUITOR, 2, "typology.rule.suitorOtherTargets",
                    all(priorVictims(), none(flag(ContextFlag.COVERT_WATCHING)))),
            rule("suitor.stopsWhenWarned", INCOMPETENT_SUITOR, 2, "typology.rule.suitorStopsWhenWarned",
                    warnings(WarningResponse.STOPPED)),
            rule("suitor.socialSkills", INCOMPETENT_SUITOR, 1, "typology.rule.suitorSocialSkills",
                    indicator(MentalHealthIndicator.LIMITED_SOCIAL_SKILLS)),
            rule("suitor.believesLoved", INCOMPETENT_SUITOR, -3, "typology.rule.suitorBelievesLoved",
                    any(flag(ContextFlag.BELIEVES_RELATIONSHIP_REAL), words(WordCues.DESTINY))),
            rule("suitor.longRunning", INCOMPETENT_SUITOR, -2, "typology.rule.suitorLongRunning", durationAtLeast(181)),
            rule("suitor.formerPartner", INCOMPETENT_SUITOR, -4, "typology.rule.suitorFormerPartner", FORMER_PARTNER),

            // Predatory: covert watching, following, gathering information; little or no contact; strangers.
            rule("predatory.covertWatching", PREDATORY, 4, "typology.rule.predatoryCovertWatching",
                    flag(ContextFlag.COVERT_WATCHING)),
            rule("predatory.surveillanceWords", PREDATORY, 2, "typology.rule.predatorySurveillanceWords",
                    words(WordCues.SURVEILLANCE)),
            rule("predatory.covertBehaviour", PREDATORY, 2, "typology.rule.predatoryCovertBehaviour",
                    behaviour(2, COVERT)),
            rule("predatory.silent", PREDATORY, 3, "typology.rule.predatorySilent", TypologyRules::silent),
            rule("predatory.stranger", PREDATORY, 1, "typology.rule.predatoryStranger", NO_PRIOR_TIE),
            rule("predatory.sexualMenace", PREDATORY, 2, "typology.rule.predatorySexualMenace",
                    any(words(WordCues.SEXUAL), behaviour(1, Behaviour.SEXUAL_OFFENCE))),
            rule("predatory.otherVictims", PREDATORY, 1, "typology.rule.predatoryOtherVictims",
                    all(priorVictims(), any(flag(ContextFlag.COVERT_WATCHING), behaviour(2, COVERT)))),
            rule("predatory.openContact", PREDATORY, -3, "typology.rule.predatoryOpenContact", TypologyRules::openContact),
            rule("predatory.speaksOfLove", PREDATORY, -2, "typology.rule.predatorySpeaksOfLove",
                    words(WordCues.RECONCILE, WordCues.DESTINY)),
            rule("predatory.formerPartner", PREDATORY, -3, "typology.rule.predatoryFormerPartner",
                    relationship(Relationship.EX_INTIMATE_PARTNER)));

    /** Every rule, in the order they are tried and listed. */
    public static List<TypologyRule> all() {
        return RULES;
    }

    /**
     * Weighs the facts against every rule. The result is an aid to a caseworker's judgement about motive, never a
     * risk score: risk is judged separately (docs/domain.md, "Risk").
     */
    public static TypologyFinding evaluate(CaseFacts facts) {
        Objects.requireNonNull(facts);
        List<FiredRule> fired = new ArrayList<>();
        for (TypologyRule rule : RULES) {
            FiredRule f = rule.apply(facts);
            if (f != null) {
                fired.add(f);
            }
        }
        return TypologyFinding.from(facts, fired, CyberModality.evidence(facts));
    }

    private static TypologyRule rule(String id, StalkerType type, int weight, String reasonKey,
                                     Function<CaseFacts, List<Evidence>> condition) {
        return new TypologyRule(id, type, weight, reasonKey, condition);
    }

    // ---- conditions ----

    static Function<CaseFacts, List<Evidence>> relationship(Relationship... wanted) {
        Set<Relationship> set = EnumSet.copyOf(Arrays.asList(wanted));
        return f -> f.perpetratorKnown() && set.contains(f.relationship())
                ? List.of(Evidence.of(Kind.RELATIONSHIP, f.relationship().name())) : List.of();
    }

    static Function<CaseFacts, List<Evidence>> flag(ContextFlag flag) {
        return f -> f.has(flag) ? List.of(Evidence.of(Kind.CONTEXT, flag.name())) : List.of();
    }

    static Function<CaseFacts, List<Evidence>> indicator(MentalHealthIndicator indicator) {
        return f -> f.has(indicator) ? List.of(Evidence.of(Kind.MENTAL_HEALTH, indicator.name())) : List.of();
    }

    static Function<CaseFacts, List<Evidence>> warnings(WarningResponse response) {
        return f -> f.warnings() == response ? List.of(Evidence.of(Kind.WARNINGS, response.name())) : List.of();
    }

    static Function<CaseFacts, List<Evidence>> priorVictims() {
        return f -> f.priorVictims() > 0 ? List.of(Evidence.of(Kind.PRIOR_VICTIMS, Integer.toString(f.priorVictims())))
                : List.of();
    }

    static Function<CaseFacts, List<Evidence>> durationAtLeast(long days) {
        return f -> f.durationDays() >= days ? List.of(Evidence.of(Kind.DURATION, Long.toString(f.durationDays()))) : List.of();
    }

    /** Fires when the behaviours, taken together, appear in at least {@code minIncidents} incidents. */
    static Function<CaseFacts, List<Evidence>> behaviour(int minIncidents, Behaviour... wanted) {
        return behaviour(minIncidents, EnumSet.copyOf(Arrays.asList(wanted)));
    }

    static Function<CaseFacts, List<Evidence>> behaviour(int minIncidents, Set<Behaviour> wanted) {
        return f -> {
            if (f.incidentsWith(wanted).size() < minIncidents) {
                return List.of();
            }
            List<Evidence> out = new ArrayList<>();
            f.behaviours().forEach((b, tally) -> {
                if (wanted.contains(b)) {
                    out.add(new Evidence(Kind.BEHAVIOUR, b.name(), tally.incidents()));
                }
            });
            return out;
        };
    }

    /** Every text in which any of the cues is found, with the phrases matched and the incident it belongs to. */
    static Function<CaseFacts, List<Evidence>> words(Cue... cues) {
        return f -> {
            List<Evidence> out = new ArrayList<>();
            for (CaseFacts.CaseText text : f.texts()) {
                List<String> phrases = new ArrayList<>();
                for (Cue cue : cues) {
                    cue.find(text.text()).stream().filter(p -> !phrases.contains(p)).forEach(phrases::add);
                }
                if (!phrases.isEmpty()) {
                    out.add(new Evidence(Kind.WORDS, "\"" + String.join("\", \"", phrases) + "\"",
                            text.incident() > 0 ? List.of(text.incident()) : List.of()));
                }
            }
            return out;
        };
    }

    /** As {@link #words}, but only when the cues are found in at least {@code minIncidents} different incidents. */
    static Function<CaseFacts, List<Evidence>> wordsInIncidents(int minIncidents, Cue... cues) {
        Function<CaseFacts, List<Evidence>> words = words(cues);
        return f -> {
            List<Evidence> found = words.apply(f);
            long incidents = found.stream().flatMap(e -> e.incidents().stream()).distinct().count();
            return incidents >= minIncidents ? found : List.of();
        };
    }

    @SafeVarargs
    static Function<CaseFacts, List<Evidence>> any(Function<CaseFacts, List<Evidence>>... conditions) {
        return f -> Arrays.stream(conditions).flatMap(c -> c.apply(f).stream()).toList();
    }

    /** Fires only when every condition does; the evidence of all of them. */
    @SafeVarargs
    static Function<CaseFacts, List<Evidence>> all(Function<CaseFacts, List<Evidence>>... conditions) {
        return f -> {
            List<Evidence> out = new ArrayList<>();
            for (Function<CaseFacts, List<Evidence>> c : conditions) {
                List<Evidence> found = c.apply(f);
                if (found.isEmpty()) {
                    return List.of();
                }
                found.stream().filter(e -> e != NO_EVIDENCE).forEach(out::add);
            }
            return out;
        };
    }

    /**
     * A guard for {@link #all}: passes (with no evidence of its own) when the condition does not fire. Used only
     * inside {@code all}, which needs at least one other condition to bring evidence.
     */
    static Function<CaseFacts, List<Evidence>> none(Function<CaseFacts, List<Evidence>> condition) {
        return f -> condition.apply(f).isEmpty() ? List.of(NO_EVIDENCE) : List.of();
    }

    private static final Evidence NO_EVIDENCE = Evidence.of(Kind.CONTEXT, "");

    // ---- conditions that read the whole log ----

    /** Four or more different kinds of contact and presence: calls, messages, visits, letters… */
    private static List<Evidence> manyKindsOfContact(CaseFacts f) {
        List<Evidence> kinds = new ArrayList<>();
        f.behaviours().forEach((b, tally) -> {
            if (b.group() == BehaviourGroup.CONTACT || b.group() == BehaviourGroup.PRESENCE) {
                kinds.add(new Evidence(Kind.BEHAVIOUR, b.name(), tally.incidents()));
            }
        });
        return kinds.size() >= 4 ? kinds : List.of();
    }

    /** Two or more incidents, all within sixty days. */
    private static List<Evidence> brief(CaseFacts f) {
        return f.incidents().size() >= 2 && f.durationDays() <= 60
                ? List.of(Evidence.of(Kind.DURATION, Long.toString(f.durationDays()))) : List.of();
    }

    /** Covert behaviour with direct contact in at most a quarter of the incidents. */
    private static List<Evidence> silent(CaseFacts f) {
        List<IncidentFact> covert = f.incidentsWith(COVERT);
        int contact = f.incidentsWith(DIRECT_CONTACT).size();
        if (f.incidents().size() < 2 || covert.isEmpty() || contact * 4 > f.incidents().size()) {
            return List.of();
        }
        return List.of(new Evidence(Kind.CONTACT_SHARE, contact + "/" + f.incidents().size(), covert.stream().map(IncidentFact::number).toList()));
    }

    /** Direct contact in three or more incidents and in more than half of them. */
    private static List<Evidence> openContact(CaseFacts f) {
        List<IncidentFact> contact = f.incidentsWith(DIRECT_CONTACT);
        return contact.size() >= 3 && contact.size() * 2 > f.incidents().size()
                ? List.of(new Evidence(Kind.CONTACT_SHARE, contact.size() + "/" + f.incidents().size(), contact.stream().map(IncidentFact::number).toList()))
                : List.of();
    }
}
