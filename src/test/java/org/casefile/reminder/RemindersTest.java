package org.casefile.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefile.client.ClientDraft;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.referral.AgencyDraft;
import org.casefile.referral.AgencyKind;
import org.casefile.referral.AgencyRecord;
import org.casefile.referral.AgencyService;
import org.casefile.referral.ConsentDraft;
import org.casefile.referral.ConsentMethod;
import org.casefile.referral.Direction;
import org.casefile.referral.ReferralDraft;
import org.casefile.referral.ReferralMethod;
import org.casefile.referral.ReferralRecord;
import org.casefile.referral.ReferralService;
import org.casefile.referral.ReferralStatus;
import org.casefile.risk.Answer;
import org.casefile.risk.AssessmentDraft;
import org.casefile.risk.Checklist;
import org.casefile.risk.RiskLevel;
import org.casefile.risk.RiskService;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemindersTest {
    @TempDir
    Path dir;
    Session session;
    final Clock clock = Clock.systemDefaultZone();
    final LocalDate today = LocalDate.now(clock);

    @BeforeEach
    void open() {
        session = TestStores.create(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void everythingDueComesInOneListMostUrgentFirstAndTheCalendarNamesNoClient() throws Exception {
        ClientService clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
        RiskService risk = new RiskService(session.transactions(), clients, session.audit(), session.user(), clock);
        ReferralService referrals = new ReferralService(session.transactions(), clients, session.audit(),
                session.user(), clock, 12);
        ClientDraft d = ClientFixtures.lucja();
        ClientRecord lucja = clients.create(ClientFixtures.allocatedTo(d, session.user().id()));

        Checklist checklist = risk.checklist();
        Map<String, AssessmentDraft.Given> answers = new HashMap<>();
        checklist.factors().forEach(f -> answers.put(f.id(), new AssessmentDraft.Given(Answer.NO, null, "")));
        risk.assess(lucja.id(), checklist, new AssessmentDraft(today.minusDays(95), answers, RiskLevel.STANDARD, "",
                today.minusDays(4)));
        AgencyRecord housing = new AgencyService(session.transactions(), session.audit(), session.user())
                .create(AgencyDraft.named("Leeds Housing Options", AgencyKind.HOUSING));
        referrals.addConsent(lucja.id(), new ConsentDraft("Rehousing", true, Set.of(), "Client", ConsentMethod.WRITTEN,
                today.minusDays(10), null, null));
        ReferralRecord r = referrals.create(lucja.id(), new ReferralDraft(Direction.OUTGOING, housing.id(), "",
                "Rehousing", today.minusDays(10), ReferralMethod.SECURE_EMAIL, "", today.plusDays(3), false, null,
                null, null));
        referrals.move(r.id(), r.version(), ReferralStatus.SENT, "");
        ReferralRecord later = referrals.create(lucja.id(), new ReferralDraft(Direction.OUTGOING, housing.id(), "",
                "Rehousing", today, ReferralMethod.SECURE_EMAIL, "", today.plusDays(40), false, null, null, null));
        referrals.move(later.id(), later.version(), ReferralStatus.SENT, "");

        Reminders reminders = new Reminders(List.of(Reminders.risk(risk), Reminders.referrals(referrals)), clock);
        List<Reminder> due = reminders.due();
        assertThat(due).extracting(Reminder::kind).containsExactly(Reminder.Kind.RISK_REVIEW,
                Reminder.Kind.REFERRAL_RESPONSE);
        assertThat(due.getFirst().overdue(today)).isTrue();
        assertThat(due.get(1).tab()).isEqualTo("referrals");
        // The dashboard opens the very referral the reply is awaited on, not only its tab.
        assertThat(due.get(1).recordId()).isEqualTo(r.id());
        assertThat(due.getFirst().recordId()).isNull();
        assertThat(due.get(1).what()).contains(r.reference(), "Leeds Housing Options");

        Path file = dir.resolve("due.ics");
        Calendar.write(due, file, Instant.parse("2026-11-21T10:00:00Z"));
        String ics = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics).contains("DTSTART;VALUE=DATE:" + java.time.format.DateTimeFormatter.BASIC_ISO_DATE
                .format(today.minusDays(4)), "SUMMARY:Risk review (" + lucja.reference() + ")");
        assertThat(ics).doesNotContain("Łucja", "Wójcik", "Leeds Housing");
        assertThat(ics.lines()).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacterAndTextIsEscaped() {
        StringBuilder out = new StringBuilder();
        String value = "SUMMARY:" + "żółć, gęślą; jaźń\\".repeat(8);
        Calendar.line(out, value);
        String folded = out.toString();
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(value + "\r\n");
        assertThat(Calendar.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }
}
