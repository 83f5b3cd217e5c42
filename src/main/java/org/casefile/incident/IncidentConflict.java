package org.casefile.incident;

import org.casefile.UserFacingException;

/** Someone amended the incident after this person opened it; carries the incident as it now stands. */
public final class IncidentConflict extends UserFacingException {
    private final transient IncidentRecord saved;

    IncidentConflict(IncidentRecord saved) {
        super("incident.conflict", saved.current().madeBy());
        this.saved = saved;
    }

    public IncidentRecord saved() {
        return saved;
    }
}
