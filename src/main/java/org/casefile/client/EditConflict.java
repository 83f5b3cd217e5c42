package org.casefile.client;

import org.casefile.UserFacingException;

/** Someone else saved the record first. Carries their version so the screen can show both. */
public final class EditConflict extends UserFacingException {
    private final transient ClientRecord theirs;

    EditConflict(ClientRecord theirs) {
        super("record.changedElsewhere");
        this.theirs = theirs;
    }

    public ClientRecord theirs() {
        return theirs;
    }
}
