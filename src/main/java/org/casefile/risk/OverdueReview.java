package org.casefile.risk;

import java.time.LocalDate;
import org.casefile.client.ClientSummary;

/** A case of mine whose risk review date has passed. */
public record OverdueReview(ClientSummary client, LocalDate due, RiskLevel level) {
}
