package org.casefile.typology;

import java.util.stream.Collectors;
import org.casefile.Messages;
import org.casefile.incident.Behaviour;
import org.casefile.incident.BehaviourGroup;
import org.casefile.perpetrator.Relationship;

/** A finding's evidence in the caseworker's words, the same on the screen and on the command line. */
public final class FindingText {
    private FindingText() {
    }

    /** One piece of evidence as a sentence, naming the incidents it came from. */
    public static String evidence(Evidence e) {
        String incidents = e.incidents().stream().map(String::valueOf).collect(Collectors.joining(", "));
        String text = Messages.get(e.kind().labelKey(), detail(e), incidents);
        if (e.kind() != Evidence.Kind.BEHAVIOUR && !e.incidents().isEmpty()) {
            text = text + " " + Messages.get("cli.typology.inIncidents", incidents);
        }
        return text;
    }

    /** Vocabulary names read as the caseworker's words; everything else as it is. */
    private static String detail(Evidence e) {
        try {
            return switch (e.kind()) {
                case RELATIONSHIP -> Messages.get(Relationship.valueOf(e.detail()).labelKey());
                case CONTEXT -> Messages.get(ContextFlag.valueOf(e.detail()).labelKey());
                case BEHAVIOUR -> e.detail().equals(BehaviourGroup.ONLINE_AND_SURVEILLANCE.name())
                        ? Messages.get(BehaviourGroup.ONLINE_AND_SURVEILLANCE.labelKey())
                        : Messages.get(Behaviour.valueOf(e.detail()).labelKey());
                case WARNINGS -> Messages.get(WarningResponse.valueOf(e.detail()).labelKey());
                case MENTAL_HEALTH -> Messages.get(MentalHealthIndicator.valueOf(e.detail()).labelKey());
                default -> e.detail();
            };
        } catch (IllegalArgumentException notAName) {
            return e.detail();
        }
    }
}
