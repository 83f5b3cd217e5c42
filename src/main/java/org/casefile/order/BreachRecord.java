package org.casefile.order;

import java.time.LocalDate;

/**
 * An incident logged as breaching an order, with what the police made of it.
 *
 * @param policeReference the reference recorded for the breach, else the crime reference on the incident
 * @param detailVersion   the version of the recorded police reference and outcome, null until first recorded
 */
public record BreachRecord(long orderId, long incidentId, int incidentNumber, LocalDate occurredOn, String summary,
                           String policeReference, BreachOutcome outcome, Long detailVersion) {
}
