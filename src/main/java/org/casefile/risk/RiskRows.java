package org.casefile.risk;

import org.casefile.Dates;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.casefile.Messages;
import org.casefile.chronology.ChronologyEntry;
import org.casefile.chronology.ChronologySource;
import org.casefile.chronology.EventKind;

/**
 * Chronology rows for risk: each assessment (level, what the count suggested, next review), each grade another
 * agency gave, and each typology decision the caseworker made. Risk notes stay on the risk tab: they are
 * narrative, not events.
 */
public final class RiskRows implements ChronologySource {

    private final RiskService risk;
    private final TypologyService typology;
    private final ZoneId zone;

    public RiskRows(RiskService risk, TypologyService typology, ZoneId zone) {
        this.risk = risk;
        this.typology = typology;
        this.zone = zone;
    }

    @Override
    public List<ChronologyEntry> entries(long clientId) {
        RiskOverview overview = risk.overview(clientId);
        List<ChronologyEntry> out = new ArrayList<>();
        for (AssessmentRecord a : overview.assessments()) {
            String event = Messages.get("risk.chronology.assessed", Messages.get(a.chosen().labelKey()),
                    a.yesCount(), a.factorCount(), Messages.get(a.suggested().labelKey()), a.nextReview().format(Dates.day()));
            out.add(new ChronologyEntry(a.assessedOn(), null, false, EventKind.RISK_REVIEW,
                    Messages.get("risk.chronology.assessment"), event, a.assessedBy(),
                    a.raised() ? Messages.get("risk.chronology.raised") : "", List.of(), a.id()));
        }
        for (GradeRecord g : overview.grades()) {
            out.add(new ChronologyEntry(g.gradedOn(), null, false, EventKind.RISK_REVIEW,
                    Messages.get(g.scheme().labelKey()), Messages.get("risk.chronology.grade",
                    Messages.get(g.scheme().labelKey()), Messages.get(g.grade().labelKey())), g.givenBy(), "",
                    List.of(), g.id()));
        }
        for (ClassificationRecord c : typology.decided(clientId)) {
            String type = c.decidedType() == null ? Messages.get("typology.undetermined")
                    : Messages.get(c.decidedType().labelKey());
            out.add(new ChronologyEntry(c.decidedAt().atZone(zone).toLocalDate(),
                    c.decidedAt().atZone(zone).toLocalTime().withSecond(0).withNano(0), false, EventKind.RISK_REVIEW,
                    Messages.get("risk.chronology.typology"), Messages.get(c.decision() == Decision.CONFIRMED
                    ? "risk.chronology.typologyConfirmed" : "risk.chronology.typologyOverridden", type),
                    c.decidedBy(), "", List.of(), c.id()));
        }
        return out;
    }
}
