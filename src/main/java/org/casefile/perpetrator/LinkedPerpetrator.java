package org.casefile.perpetrator;

/** A perpetrator as seen from one client's record, with how many other clients they are linked to. */
public record LinkedPerpetrator(long perpetratorId, String reference, String name, Relationship relationship,
                                String notes, int otherClients) {
}
