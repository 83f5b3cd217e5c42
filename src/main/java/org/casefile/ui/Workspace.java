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
import org.casefile.referral.AgencyService;
import org.casefile.referral.ReferralRows;
import org.casefile.referral.ReferralService;
import org.casefile.reminder.Reminders;
import org.casefile.risk.RiskRows;
import org.casefile.risk.RiskService;
import org.casefile.risk.TypologyService;
import org.casefile.search.SearchService;
import org.casefile.security.Session;
import org.casefile.settings.Settings;

/** The services of one signed-in session, built once at sign-in and handed to the screens that need them. */
public record Workspace(Session session, ClientService clients, PerpetratorService perpetrators, SearchService search,
                        IncidentService incidents, ExhibitService exhibits, ChronologyService chronology,
                        RiskService risk, TypologyService typology, AgencyService agencies,
                        ReferralService referrals, Reminders reminders, OrderService orders,
                        Background background, Dialogs dialogs,
                        Clock clock) {

    public static Workspace open(Session session, Background background, Dialogs dialogs, Clock clock) {
        return open(session, background, dialogs, clock, Settings.DEFAULT_MAX_EXHIBIT_MEGABYTES * 1024L * 1024L);
    }

    public static Workspace open(Session session, Background background, Dialogs dialogs, Clock clock,
                                 long maxExhibitBytes) {
        return open(session, background, dialogs, clock, maxExhibitBytes, ReferralService.DEFAULT_REPEAT_MONTHS);
    }

    /** @param maracRepeatMonths an incident this many months after a MARAC referral makes a repeat MARAC case */
    public static Workspace open(Session session, Background background, Dialogs dialogs, Clock clock,
                                 long maxExhibitBytes, int maracRepeatMonths) {
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
        ReferralService referrals = new ReferralService(tx, clients, audit, me, clock, maracRepeatMonths);
        ChronologyService chronology = new ChronologyService(List.of(new CaseLogRows(incidents, exhibits,
                clock.getZone()), new RiskRows(risk, typology, clock.getZone()),
                new ReferralRows(referrals, clock.getZone()), new OrderRows(orders, clock)), clients, audit, me);
        Reminders reminders = new Reminders(List.of(Reminders.risk(risk), Reminders.referrals(referrals),
                Reminders.orders(orders)), clock);
        return new Workspace(session, clients, perpetrators, new SearchService(tx, me), incidents, exhibits,
                chronology, risk, typology, new AgencyService(tx, audit, me), referrals, reminders, orders, background,
                dialogs, clock);
    }
}
