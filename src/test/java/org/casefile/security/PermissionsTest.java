package org.casefile.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casefile.UserFacingException;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Incidents;
import org.casefile.referral.ConsentDraft;
import org.casefile.referral.ConsentMethod;
import org.casefile.referral.ReferralService;
import org.casefile.risk.NoteKind;
import org.casefile.risk.RiskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may do what, asked of the services directly (the screens and the command line only call these): a
 * restricted case is closed to everyone not named on it, in every feature, and each refusal is audited; account,
 * audit-log and checklist powers belong to their roles.
 */
class PermissionsTest {
    private static final char[] PASSWORD = "harbour lantern pebble".toCharArray();

    @TempDir
    Path dir;

    @Test
    void aRestrictedCaseIsClosedInEveryFeatureToCaseworkersNotNamedOnIt() {
        Path store = dir.resolve("store");
        long restricted;
        User hana;
        User omar;
        try (Session admin = TestStores.create(store)) {
            hana = admin.users().add(admin.user(), new NewAccount("hdlamini", "Hana Dlamini", "HD", Role.CASEWORKER),
                    PASSWORD);
            omar = admin.users().add(admin.user(), new NewAccount("ofarah", "Omar Farah", "OF", Role.CASEWORKER),
                    PASSWORD);
            ClientService clients = new ClientService(admin.transactions(), admin.audit(), admin.user(),
                    Clock.systemDefaultZone());
            restricted = clients.create(ClientFixtures.restrictedTo(ClientFixtures.lucja(), hana.id())).id();
        }
        Clock clock = Clock.systemDefaultZone();
        try (Session session = TestStores.signIn(store).unlock("ofarah", PASSWORD)) {
            var tx = session.transactions();
            var audit = session.audit();
            ClientService clients = new ClientService(tx, audit, omar, clock);
            IncidentService incidents = new IncidentService(tx, clients, audit, omar, clock);
            RiskService risk = new RiskService(tx, clients, audit, omar, clock);
            ReferralService referrals = new ReferralService(tx, clients, audit, omar, clock, 12);
            long id = restricted;
            List<Runnable> attempts = List.of(
                    () -> clients.open(id),
                    () -> incidents.log(id),
                    () -> incidents.record(id, Incidents.on(LocalDate.now(), Behaviour.CALLS)),
                    () -> risk.overview(id),
                    () -> risk.addNote(id, NoteKind.GENERAL, "a note"),
                    () -> referrals.forClient(id),
                    () -> referrals.addConsent(id, new ConsentDraft("x", true, Set.of(), "Client",
                            ConsentMethod.VERBAL, LocalDate.now(), null, null)));
            for (Runnable attempt : attempts) {
                assertThatThrownBy(attempt::run).isInstanceOf(UserFacingException.class)
                        .hasMessageNotContaining("Łucja").hasMessageNotContaining("Larkspur");
            }
            assertThat(clients.caseload(org.casefile.client.CaseloadFilter.ALL)).extracting(c -> c.id())
                    .doesNotContain(restricted);
            assertThat(audit.recent(attempts.size())).extracting(AuditRecord::action)
                    .containsOnly("CLIENT_VIEW_REFUSED");
        }
        try (Session session = TestStores.signIn(store).unlock("hdlamini", PASSWORD)) {
            ClientRecord seen = new ClientService(session.transactions(), session.audit(), hana, clock).open(restricted);
            assertThat(seen.details().givenName()).isEqualTo("Łucja");
        }
    }

    @Test
    void accountsTheAuditLogAndTheChecklistBelongToTheirRoles() {
        Path store = dir.resolve("store");
        try (Session admin = TestStores.create(store)) {
            admin.users().add(admin.user(), new NewAccount("hdlamini", "Hana Dlamini", "HD", Role.CASEWORKER), PASSWORD);
            admin.users().add(admin.user(), new NewAccount("rsingh", "Ravi Singh", "RS", Role.SUPERVISOR), PASSWORD);
        }
        Clock clock = Clock.systemDefaultZone();
        try (Session hana = TestStores.signIn(store).unlock("hdlamini", PASSWORD)) {
            assertThatThrownBy(() -> hana.users().add(hana.user(), new NewAccount("x1", "X Y", "XY", Role.ADMINISTRATOR),
                    PASSWORD)).hasMessageContaining("administrator");
            assertThatThrownBy(() -> hana.audit().search(hana.user(), new AuditLog.Filter("", "", "", null, null), 5))
                    .hasMessageContaining("supervisors");
            RiskService risk = new RiskService(hana.transactions(), new ClientService(hana.transactions(), hana.audit(),
                    hana.user(), clock), hana.audit(), hana.user(), clock);
            assertThatThrownBy(risk::useDefaultChecklist).hasMessageContaining("supervisor");
        }
        try (Session ravi = TestStores.signIn(store).unlock("rsingh", PASSWORD)) {
            assertThat(ravi.audit().search(ravi.user(), new AuditLog.Filter("", "", "", null, null), 5)).isNotEmpty();
            assertThatThrownBy(() -> ravi.users().disable(ravi.user(), 1L)).hasMessageContaining("administrator");
        }
    }
}
