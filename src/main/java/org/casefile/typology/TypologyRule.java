package org.casefile.typology;

import java.util.List;
import java.util.function.Function;

/**
 * One rule: when its condition finds evidence in the facts, it adds {@code weight} to {@code type}'s score (a
 * negative weight counts against the type). {@code reasonKey} names the plain sentence shown to the caseworker.
 *
 * @param condition the evidence found; empty when the rule does not fire
 */
public record TypologyRule(String id, StalkerType type, int weight, String reasonKey,
                           Function<CaseFacts, List<Evidence>> condition) {

    /** The rule applied to {@code facts}: fired with its evidence, or null. */
    FiredRule apply(CaseFacts facts) {
        List<Evidence> found = condition.apply(facts);
        return found == null || found.isEmpty() ? null : new FiredRule(id, type, weight, reasonKey, found);
    }
}
