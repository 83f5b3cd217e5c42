package org.casefile.client;

import java.time.LocalDate;
import org.casefile.risk.RiskLevel;

/** One row of the caseload list. */
public record ClientSummary(long id, String reference, String name, String aliases, LocalDate dateOfBirth,
                            CaseStatus status, RiskLevel riskLevel, Long allocatedTo, boolean restricted) {
}
