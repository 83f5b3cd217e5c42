package org.casefile.ui;

import java.time.Clock;
import org.casefile.CaseServices;
import org.casefile.chronology.ChronologyService;
import org.casefile.client.ClientService;
import org.casefile.evidence.ExhibitService;
import org.casefile.incident.IncidentService;
import org.casefile.order.OrderService;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.referral.AgencyService;
import org.casefile.referral.ReferralService;
import org.casefile.reminder.Reminders;
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
        CaseServices c = CaseServices.open(session, clock, maxExhibitBytes, maracRepeatMonths);
        return new Workspace(session, c.clients(), c.perpetrators(), c.search(), c.incidents(), c.exhibits(),
                c.chronology(), c.risk(), c.typology(), c.agencies(), c.referrals(), c.reminders(), c.orders(),
                background, dialogs, clock);
    }
}
