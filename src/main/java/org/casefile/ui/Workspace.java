package org.casefile.ui;

import java.time.Clock;
import org.casefile.client.ClientService;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.search.SearchService;
import org.casefile.security.Session;

/** The services of one signed-in session, built once at sign-in and handed to the screens that need them. */
public record Workspace(Session session, ClientService clients, PerpetratorService perpetrators, SearchService search,
                        Background background, Dialogs dialogs, Clock clock) {

    public static Workspace open(Session session, Background background, Dialogs dialogs, Clock clock) {
        ClientService clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
        return new Workspace(session, clients,
                new PerpetratorService(session.transactions(), session.audit(), clients, session.user(), clock),
                new SearchService(session.transactions(), session.user()), background, dialogs, clock);
    }
}
