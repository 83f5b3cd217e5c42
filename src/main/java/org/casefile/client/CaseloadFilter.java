package org.casefile.client;

import java.util.Set;
import org.casefile.risk.RiskLevel;

/** Which clients the caseload list shows. Empty sets mean any. */
public record CaseloadFilter(Set<CaseStatus> statuses, Set<RiskLevel> riskLevels, Long allocatedTo) {
    public static final CaseloadFilter ALL = new CaseloadFilter(Set.of(), Set.of(), null);

    public CaseloadFilter {
        statuses = Set.copyOf(statuses);
        riskLevels = Set.copyOf(riskLevels);
    }
}
