package org.casefile.incident;

/**
 * A protective order on the client's case, as the incident form offers it under "Order breached".
 *
 * @param label what the person reads: kind, court, date made and whether it is in force
 */
public record OrderChoice(long id, String label, boolean inForce) {
}
