package org.casefile.risk;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checks a completed assessment must pass, shared by the form and the service. Professional judgement may
 * raise the level above what the count suggests, with written reasons; it may never lower it.
 */
public final class RiskRules {
    /** Reviews are due within this many days at most. */
    public static final int LONGEST_REVIEW_DAYS = 183;

    private RiskRules() {
    }

    /** Field → message key for every problem; empty when the assessment can be saved. */
    public static Map<String, String> problems(Checklist checklist, AssessmentDraft d, LocalDate today) {
        Map<String, String> out = new LinkedHashMap<>();
        if (d.assessedOn() == null) {
            out.put("assessedOn", "risk.invalid.dateRequired");
        } else if (d.assessedOn().isAfter(today)) {
            out.put("assessedOn", "risk.invalid.future");
        }
        for (Checklist.Factor f : checklist.factors()) {
            AssessmentDraft.Given g = d.answers().get(f.id());
            if (g == null || g.answer() == null) {
                out.put("answer." + f.id(), "risk.invalid.unanswered");
            } else if (g.answer() == Answer.YES && g.source() == null) {
                out.put("answer." + f.id(), "risk.invalid.sourceRequired");
            }
        }
        if (d.answers().keySet().stream().anyMatch(id -> checklist.factors().stream().noneMatch(f -> f.id().equals(id)))) {
            out.put("answers", "risk.invalid.unknownFactor");
        }
        RiskLevel suggested = checklist.suggested(d.yesCount());
        if (d.chosen() == null || d.chosen() == RiskLevel.NOT_ASSESSED) {
            out.put("chosen", "risk.invalid.levelRequired");
        } else if (d.chosen().compareTo(suggested) < 0) {
            out.put("chosen", "risk.invalid.belowCount");
        } else if (d.chosen().compareTo(suggested) > 0 && d.reasons().isEmpty()) {
            out.put("reasons", "risk.invalid.reasonsRequired");
        }
        if (d.reasons().length() > 4000) {
            out.put("reasons", "risk.invalid.tooLong");
        }
        if (d.nextReview() == null) {
            out.put("nextReview", "risk.invalid.reviewRequired");
        } else if (d.assessedOn() != null && (!d.nextReview().isAfter(d.assessedOn())
                || d.nextReview().isAfter(d.assessedOn().plusDays(LONGEST_REVIEW_DAYS)))) {
            out.put("nextReview", "risk.invalid.reviewRange");
        }
        return out;
    }
}
