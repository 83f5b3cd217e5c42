package org.casefile.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casefile.InvalidInput;
import org.casefile.UserFacingException;
import org.casefile.client.ClientDraft;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Incidents;
import org.casefile.risk.RiskLevel;
import org.casefile.security.AuditRecord;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferralServiceTest {
    @TempDir
    Path dir;
    Session session;
    ClientService clients;
    AgencyService agencies;
    ReferralService referrals;
    ClientRecord lucja;
    AgencyRecord housing;
    AgencyRecord police;
    final Clock clock = Clock.systemDefaultZone();
    final LocalDate today = LocalDate.now(clock);

    @BeforeEach
    void store() {
        session = TestStores.create(dir.resolve("store"));
        clients = new ClientService(session.transactions(), session.audit(), session.user(), clock);
        agencies = new AgencyService(session.transactions(), session.audit(), session.user());
        referrals = new ReferralService(session.transactions(), clients, session.audit(), session.user(), clock, 12);
        lucja = clients.create(mine(ClientFixtures.lucja()));
        housing = agencies.create(AgencyDraft.named("Leeds Housing Options", AgencyKind.HOUSING));
        police = agencies.create(AgencyDraft.named("West Yorkshire Police", AgencyKind.POLICE));
    }

    @AfterEach
    void close() {
        session.close();
    }

    ClientDraft mine(ClientDraft d) {
        return ClientFixtures.allocatedTo(d, session.user().id());
    }

    ReferralDraft to(AgencyRecord agency, LocalDate due) {
        return new ReferralDraft(Direction.OUTGOING, agency.id(), "Duty officer", "Needs a move away from the area",
                today, ReferralMethod.SECURE_EMAIL, "", due, false, null, null, null);
    }

    @Test
    void anOutgoingReferralCannotBeSentWithoutConsentOrADecisionAndTheRefusalIsAudited() {
        ReferralRecord draft = referrals.create(lucja.id(), to(housing, today.plusDays(10)));
        assertThat(draft.status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(draft.reference()).startsWith("R-" + today.getYear() + "-");

        assertThatThrownBy(() -> referrals.move(draft.id(), draft.version(), ReferralStatus.SENT, ""))
                .isInstanceOf(ReferralService.ConsentMissing.class)
                .hasMessageContaining("Leeds Housing Options");
        assertThat(referrals.open(draft.id()).status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(session.audit().recent(3)).extracting(AuditRecord::action).contains("REFERRAL_SEND_REFUSED");

        // Consent for another agency does not cover this one; withdrawn or expired consent covers nothing.
        referrals.addConsent(lucja.id(), new ConsentDraft("Police investigation", false, Set.of(police.id()), "Client",
                ConsentMethod.WRITTEN, today.minusDays(3), null, null));
        ConsentRecord old = referrals.addConsent(lucja.id(), new ConsentDraft("Rehousing", false, Set.of(housing.id()),
                "Client", ConsentMethod.VERBAL, today.minusDays(30), null, today.minusDays(1)));
        assertThat(referrals.basis(lucja.id(), housing.id()).lawful()).isFalse();
        assertThat(old.inForceOn(today)).isFalse();
        assertThatThrownBy(() -> referrals.move(draft.id(), draft.version(), ReferralStatus.SENT, ""))
                .isInstanceOf(ReferralService.ConsentMissing.class);

        ConsentRecord given = referrals.addConsent(lucja.id(), new ConsentDraft("Rehousing", false,
                Set.of(housing.id()), "Client", ConsentMethod.WRITTEN, today, today.plusMonths(3), null));
        ReferralRecord sent = referrals.move(draft.id(), draft.version(), ReferralStatus.SENT, "Emailed securely");
        assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(sent.basis()).contains("consent").contains("Rehousing");

        // Withdrawn consent stops the next referral, not the one already sent.
        referrals.withdrawConsent(lucja.id(), given.id(), given.version(), today, "Changed her mind");
        ReferralRecord second = referrals.create(lucja.id(), to(housing, null));
        assertThatThrownBy(() -> referrals.move(second.id(), second.version(), ReferralStatus.SENT, ""))
                .isInstanceOf(ReferralService.ConsentMissing.class);
        assertThat(referrals.open(sent.id()).status()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void aSignedOffDecisionToShareWithoutConsentOpensTheGateForItsAgenciesOnly() {
        ShareDecisionDraft self = new ShareDecisionDraft("MARAC referral", Set.of(police.id()),
                LawfulBasis.RISK_OF_SERIOUS_HARM, "Threats to kill; she fears telling anyone", "Amira Haddad", today,
                "Amira Haddad", today, false, null, "Telling her could reach the perpetrator");
        assertThatThrownBy(() -> referrals.addDecision(lucja.id(), self)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).containsEntry("signedOffBy", "share.invalid.sameSignOff"));
        ShareDecisionDraft untold = new ShareDecisionDraft("MARAC referral", Set.of(police.id()),
                LawfulBasis.RISK_OF_SERIOUS_HARM, "Threats to kill", "Amira Haddad", today, "Joe Bloggs", today, false,
                null, "");
        assertThatThrownBy(() -> referrals.addDecision(lucja.id(), untold)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).containsKey("notToldReason"));

        referrals.addDecision(lucja.id(), new ShareDecisionDraft("MARAC referral", Set.of(police.id()),
                LawfulBasis.RISK_OF_SERIOUS_HARM, "Threats to kill; a weapon seen", "Amira Haddad", today,
                "Joe Bloggs", today, false, null, "Telling her could reach the perpetrator"));
        ReferralRecord toPolice = referrals.create(lucja.id(), to(police, null));
        ReferralRecord sent = referrals.move(toPolice.id(), toPolice.version(), ReferralStatus.SENT, "");
        assertThat(sent.basis()).contains("decision to share without consent").contains("Joe Bloggs");

        ReferralRecord toHousing = referrals.create(lucja.id(), to(housing, null));
        assertThatThrownBy(() -> referrals.move(toHousing.id(), toHousing.version(), ReferralStatus.SENT, ""))
                .isInstanceOf(ReferralService.ConsentMissing.class);
    }

    @Test
    void statusesMoveOnlyAlongTheAllowedPathsWithReasonsWhereNeeded() {
        referrals.addConsent(lucja.id(), new ConsentDraft("Support", true, Set.of(), "Client", ConsentMethod.WRITTEN,
                today, null, null));
        ReferralRecord r = referrals.create(lucja.id(), to(housing, today.plusDays(5)));
        assertThatThrownBy(() -> referrals.move(r.id(), r.version(), ReferralStatus.ACCEPTED, ""))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("Draft cannot become Accepted");
        ReferralRecord sent = referrals.move(r.id(), r.version(), ReferralStatus.SENT, "");
        ReferralRecord acknowledged = referrals.move(r.id(), sent.version(), ReferralStatus.ACKNOWLEDGED, "Ref H-991");
        assertThatThrownBy(() -> referrals.move(r.id(), acknowledged.version(), ReferralStatus.DECLINED, " "))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).containsEntry("note", "referral.invalid.declineReason"));
        ReferralRecord declined = referrals.move(r.id(), acknowledged.version(), ReferralStatus.DECLINED,
                "Not eligible: no local connection");
        assertThat(declined.declineReason()).isEqualTo("Not eligible: no local connection");
        assertThat(declined.steps()).extracting(ReferralRecord.Step::to).containsExactly(ReferralStatus.DRAFT,
                ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.DECLINED);
        assertThatThrownBy(() -> referrals.move(r.id(), declined.version(), ReferralStatus.IN_PROGRESS, ""))
                .isInstanceOf(UserFacingException.class);
        assertThat(new ReferralRows(referrals, clock.getZone()).entries(lucja.id()))
                .extracting(org.casefile.chronology.ChronologyEntry::event)
                .containsExactly("Referral to Leeds Housing Options: Needs a move away from the area",
                        "Referral to Leeds Housing Options: Sent",
                        "Referral to Leeds Housing Options: Acknowledged: Ref H-991",
                        "Referral to Leeds Housing Options: Declined: Not eligible: no local connection");
        // A stale screen cannot move it either.
        assertThatThrownBy(() -> referrals.move(r.id(), sent.version(), ReferralStatus.WITHDRAWN, ""))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("changed");
    }

    @Test
    void responsesDueAndMaracActionsAreListedAndANewIncidentAfterMaracRaisesTheRepeatAlert() {
        referrals.addConsent(lucja.id(), new ConsentDraft("Support", true, Set.of(), "Client", ConsentMethod.WRITTEN,
                today.minusDays(60), null, null));
        ReferralRecord late = referrals.create(lucja.id(), new ReferralDraft(Direction.OUTGOING, housing.id(), "",
                "Rehousing", today.minusDays(20), ReferralMethod.EMAIL, "", today.minusDays(2), false, null, null, null));
        referrals.move(late.id(), late.version(), ReferralStatus.SENT, "");
        AgencyRecord marac = agencies.create(AgencyDraft.named("Leeds MARAC", AgencyKind.MARAC));
        ReferralRecord toMarac = referrals.create(lucja.id(), new ReferralDraft(Direction.OUTGOING, marac.id(), "",
                "High risk after threats", today.minusDays(30), ReferralMethod.SECURE_EMAIL, "", null, true,
                MaracReason.VISIBLE_HIGH_RISK, 15, today.plusDays(4)));
        referrals.move(toMarac.id(), toMarac.version(), ReferralStatus.SENT, "");
        referrals.addAction(toMarac.id(), police.id(), "Flag the address for urgent response", "PC 4471",
                today.plusDays(3));

        List<ReferralDue> due = referrals.due(7);
        assertThat(due).extracting(ReferralDue::kind).containsExactly(ReferralDue.Kind.RESPONSE,
                ReferralDue.Kind.MARAC_ACTION, ReferralDue.Kind.MARAC_MEETING);
        assertThat(due.getFirst().due()).isEqualTo(today.minusDays(2));

        assertThat(referrals.repeatMaracAlerts()).isEmpty();
        IncidentService incidents = new IncidentService(session.transactions(), clients, session.audit(),
                session.user(), clock);
        incidents.record(lucja.id(), Incidents.on(today.minusDays(40), Behaviour.MESSAGES));
        assertThat(referrals.repeatMarac(lucja.id())).as("an incident before the referral is not a repeat").isNull();
        incidents.record(lucja.id(), Incidents.on(today.minusDays(1), Behaviour.FOLLOWING));
        assertThat(referrals.repeatMaracAlerts()).singleElement().satisfies(a -> {
            assertThat(a.referralReference()).isEqualTo(toMarac.reference());
            assertThat(a.incidents()).containsExactly(2);
        });
        assertThat(toMarac.riskLevel()).isEqualTo(RiskLevel.NOT_ASSESSED);
    }

    @Test
    void theDirectoryComesInAndGoesOutAsCsvAllOrNothing() throws Exception {
        Path file = dir.resolve("agencies.csv");
        Files.writeString(file, """
                name,type,contact,phone,email,secure email,address,notes,active
                Leeds Housing Options,housing,Duty desk,0113 496 0000,,housing@leeds.example.gov.uk,,,yes
                Refuge North,advocacy service,Intake,,,,,"Beds for women, children welcome",yes
                Children's Social Work,childrens services,,,,,,,no
                """, StandardCharsets.UTF_8);
        assertThat(agencies.importCsv(file)).isEqualTo(3);
        assertThat(agencies.all()).extracting(AgencyRecord::name).containsExactly("Children's Social Work",
                "Leeds Housing Options", "Refuge North", "West Yorkshire Police");
        assertThat(agencies.all().stream().filter(a -> a.name().startsWith("Leeds")).findFirst().orElseThrow()
                .details().secureEmail()).isEqualTo("housing@leeds.example.gov.uk");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "name,type\nNew Helpline,helpline\nOdd One,spaceship\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> agencies.importCsv(bad)).isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("Line 3 ");
        assertThat(agencies.all()).extracting(AgencyRecord::name).doesNotContain("New Helpline");

        Path out = dir.resolve("out.csv");
        assertThat(agencies.exportCsv(out)).isEqualTo(4);
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(written).startsWith("\uFEFFname,type,").contains("CHILDRENS_SERVICES").contains("\"Beds for women, children welcome\"");
        agencies.importCsv(out);
        assertThat(agencies.all()).hasSize(4);
    }
}
