package org.casefile;

import java.time.Clock;
import java.util.List;
import org.casefile.bundle.BundleService;
import org.casefile.bundle.CaseMaracSources;
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
import org.casefile.security.AuditLog;
import org.casefile.security.Session;
import org.casefile.security.User;
import org.casefile.store.Transactions;

/**
 * Every case service of one signed-in person, wired once: the window's workspace, the commands and the tests
 * build them here, so each sees the same rules (the level of risk ending escalation signals, orders checked on
 * incidents, every feature's chronology rows, every source of reminders, the MARAC pack's real sections).
 */
public record CaseServices(ClientService clients, PerpetratorService perpetrators, SearchService search,
                           IncidentService incidents, ExhibitService exhibits, ChronologyService chronology,
                           RiskService risk, TypologyService typology, AgencyService agencies,
                           ReferralService referrals, Reminders reminders, OrderService orders, BundleService bundles) {

    /**
     * @param maxExhibitBytes   the largest evidence file accepted
     * @param maracRepeatMonths an incident this many months after a MARAC referral makes a repeat MARAC case
     */
    public static CaseServices open(Session session, Clock clock, long maxExhibitBytes, int maracRepeatMonths) {
        return open(session.transactions(), session.audit(), session.user(), clock, maxExhibitBytes, maracRepeatMonths);
    }

    /** The services acting for {@code me} (tests use this to act as a colleague without signing in again). */
    public static CaseServices open(Transactions tx, AuditLog audit, User me, Clock clock, long maxExhibitBytes,
                                    int maracRepeatMonths) {
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
        BundleService bundles = new BundleService(clients, incidents, exhibits, chronology, perpetrators,
                new CaseMaracSources(risk, referrals, orders, typology), audit, me, clock);
        return new CaseServices(clients, perpetrators, new SearchService(tx, me), incidents, exhibits, chronology,
                risk, typology, new AgencyService(tx, audit, me), referrals, reminders, orders, bundles);
    }

    /** With the default evidence size limit and repeat-MARAC period, for commands and tests. */
    public static CaseServices open(Session session, Clock clock) {
        return open(session, clock, ExhibitService.DEFAULT_MAX_BYTES, ReferralService.DEFAULT_REPEAT_MONTHS);
    }
}
