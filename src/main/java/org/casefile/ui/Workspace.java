package org.casefile.ui;

import java.time.Clock;
import java.util.List;
import org.casefile.chronology.CaseLogRows;
import org.casefile.chronology.ChronologyService;
import org.casefile.client.ClientService;
import org.casefile.evidence.ExhibitService;
import org.casefile.incident.IncidentService;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.search.SearchService;
import org.casefile.security.Session;
import org.casefile.settings.Settings;

/** The services of one signed-in session, built once at sign-in and handed to the screens that need them. */
public record Workspace(Session session, ClientService clients, PerpetratorService perpetrators, SearchService search,
                        IncidentService incidents, ExhibitService exhibits, ChronologyService chronology,
                        Background background, Dialogs dialogs, Clock clock) {

    public static Workspace open(Session session, Background background, Dialogs dialogs, Clock clock) {
        return open(session, background, dialogs, clock, Settings.DEFAULT_MAX_EXHIBIT_MEGABYTES * 1024L * 1024L);
    }

    public static Workspace open(Session session, Background background, Dialogs dialogs, Clock clock,
                                 long maxExhibitBytes) {
        var tx = session.transactions();
        var audit = session.audit();
        var me = session.user();
        ClientService clients = new ClientService(tx, audit, me, clock);
        IncidentService incidents = new IncidentService(tx, clients, audit, me, clock);
        ExhibitService exhibits = new ExhibitService(tx, clients, audit, me, clock, maxExhibitBytes);
        ChronologyService chronology = new ChronologyService(
                List.of(new CaseLogRows(incidents, exhibits, clock.getZone())), clients, audit, me);
        return new Workspace(session, clients, new PerpetratorService(tx, audit, clients, me, clock),
                new SearchService(tx, me), incidents, exhibits, chronology, background, dialogs, clock);
    }
}
