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
}
