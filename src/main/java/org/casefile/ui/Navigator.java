package org.casefile.ui;

/**
 * Moves between the record screens inside the Clients section. Screens ask for a place; they never build each
 * other, so each stays testable on its own.
 */
public interface Navigator {
    void showCaseload();

    void openClient(long clientId);

    /** The client form: a new client when {@code clientId} is null. */
    void editClient(Long clientId);

    void openPerpetrator(long perpetratorId);

    /** The perpetrator form: new when {@code perpetratorId} is null; a new one is linked to {@code linkToClient}. */
    void editPerpetrator(Long perpetratorId, Long linkToClient);

    /** A client's overview, opened at one of its tabs ("incidents", "evidence", "pattern", "chronology"). */
    void openClientTab(long clientId, String tab);

    /** A client's overview at a tab, with one of its records (a referral, an order) chosen there. */
    default void openClientRecord(long clientId, String tab, long recordId) {
        openClientTab(clientId, tab);
    }

    /** An incident with its versions and evidence. */
    void openIncident(long incidentId);

    /** The incident form: a new incident for {@code clientId} when {@code incidentId} is null, else an amendment. */
    void editIncident(long clientId, Long incidentId);
}
