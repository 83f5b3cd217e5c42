package org.casefile.typology;

import java.util.List;
import org.casefile.Messages;

/** A rule that fired: the type it supports (positive weight) or counts against (negative), why, and on what. */
public record FiredRule(String id, StalkerType type, int weight, String reasonKey, List<Evidence> evidence) {
    public FiredRule {
        evidence = List.copyOf(evidence);
    }

    /** The plain sentence for the caseworker. */
    public String reason() {
        return Messages.get(reasonKey);
    }

    public boolean against() {
        return weight < 0;
    }
}
