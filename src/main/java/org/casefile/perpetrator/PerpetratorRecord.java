package org.casefile.perpetrator;

import java.util.List;

/**
 * A perpetrator with the clients they are linked to. {@code hiddenClients} counts links to restricted clients
 * the reader may not see: the link is still shown to exist (it matters for risk), without who.
 */
public record PerpetratorRecord(long id, String reference, PerpetratorDraft details, long version,
                                List<LinkedClient> clients, int hiddenClients) {

    public record LinkedClient(long clientId, String reference, String name, Relationship relationship, String notes) {
    }

    public String displayName() {
        String name = details.fullName();
        return name.isEmpty() ? reference : name;
    }

    /** Linked to more than one client: possible serial or proxy stalking. */
    public boolean linkedToSeveral() {
        return clients.size() + hiddenClients > 1;
    }
}
