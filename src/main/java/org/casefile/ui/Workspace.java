package org.casefile.ui;

import java.time.Clock;
import java.util.List;
import org.casefile.chronology.CaseLogRows;
import org.casefile.chronology.ChronologyService;
import org.casefile.client.ClientService;
import org.casefile.evidence.ExhibitService;
import org.casefile.incident.IncidentService;
import org.casefile.order.OrderRows;
import org.casefile.order.OrderService;
import org.casefile.order.OrdersForIncidents;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.risk.RiskRows;
import org.casefile.risk.RiskService;
import org.casefile.risk.TypologyService;
import org.casefile.search.SearchService;
import org.casefile.security.Session;
import org.casefile.settings.Settings;

/** The services of one signed-in session, built once at sign-in and handed to the screens that need them. */
public record Workspace(Session session, ClientService clients, PerpetratorService perpetrators, SearchService search,
                        IncidentService incidents, ExhibitService exhibits, ChronologyService chronology,
                        RiskService risk, TypologyService typology, Background background, Dialogs dialogs,
                        Clock clock, OrderService orders) {

    public static Workspace open(Session session, Background background, Dialogs dialogs, Clock clock) {
        return open(session, background, dialogs, clock, Settings.DEFAULT_MAX_EXHIBIT_MEGABYTES * 1024L * 1024L);
    }

    public static Workspace open(Session session, Background background, Dialogs dialogs, Clock clock,
                                 long maxExhibitBytes) {
        var tx = session.transactions();
        var audit = session.audit();
        var me = session.user();
        ClientService clients = new ClientService(tx, audit, me, clock);
        RiskService risk = new RiskService(tx, clients, audit, me, clock);
        IncidentService incidents = new IncidentService(tx, clients, audit, me, clock, risk::lastReviews,
                new OrdersForIncidents(clients, clock));
        ExhibitService exhibits = new ExhibitService(tx, clients, audit, me, clock, maxExhibitBytes);
        PerpetratorService perpetrators = new PerpetratorService(tx, audit, clients, me, clock);
        OrderService orders = new OrderService(tx, clients, perpetrators, incidents, audit, me, clock);
        TypologyService typology = new TypologyService(clients, perpetrators, incidents, audit, me, clock);
        ChronologyService chronology = new ChronologyService(List.of(new CaseLogRows(incidents, exhibits,
                clock.getZone()), new RiskRows(risk, typology, clock.getZone()), new OrderRows(orders, clock)), clients,
                audit, me);
        return new Workspace(session, clients, perpetrators, new SearchService(tx, me), incidents, exhibits,
                chronology, risk, typology, background, dialogs, clock, orders);
    }
}
