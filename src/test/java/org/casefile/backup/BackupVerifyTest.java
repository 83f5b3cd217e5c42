package org.casefile.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.casefile.evidence.StoredBytes;
import org.casefile.security.AuditRecord;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store check finds damaged evidence and a broken audit chain, and says nothing of the case. */
class BackupVerifyTest {
    @TempDir
    Path dir;

    @Test
    void aWholeStoreIsCleanAndTheCheckIsOneAuditEntry() {
        try (Session session = TestStores.create(dir)) {
            BackupFixture.aCase(session, Clock.systemUTC());
            VerifyReport report = new StoreVerifier(session).verify();
            assertThat(report.clean()).isTrue();
            assertThat(report.tables()).isGreaterThan(10);
            assertThat(report.rows()).isGreaterThan(10);
            assertThat(report.exhibits()).isEqualTo(1);
            assertThat(report.exhibitBytes()).isGreaterThan(1000);
            assertThat(report.auditEntries()).isGreaterThan(3);
            assertThat(session.audit().recent(1)).extracting(AuditRecord::action).containsExactly("STORE_VERIFIED");
            assertThat(session.audit().recent(1).getFirst().detail()).startsWith("clean: ");
        }
    }

    @Test
    void aFlippedExhibitByteAndAnEditedAuditRowAreEachReportedByReference() {
        try (Session session = TestStores.create(dir)) {
            BackupFixture.Case c = BackupFixture.aCase(session, Clock.systemUTC());
            StoredBytes.flipOne(session, c.exhibit().id(), 3);
            VerifyReport report = new StoreVerifier(session).verify();
            assertThat(report.problems()).containsExactly(
                    new VerifyReport.Problem("verify.problem.exhibit", c.client().reference() + " JS/1"));

            session.transactions().run(em -> em.createNativeQuery(
                    "update audit_entry set detail = 'changed' where seq = 2").executeUpdate());
            report = new StoreVerifier(session).verify();
            assertThat(report.problems()).extracting(VerifyReport.Problem::messageKey)
                    .containsExactly("verify.problem.exhibit", "verify.problem.audit");
            assertThat(report.problems().get(1).reference()).isEqualTo("2");
            assertThat(report.problems().toString()).doesNotContain(BackupFixture.MARKER);
        }
    }

    @Test
    void anExhibitOnARestrictedCaseIsNamedWithoutTheCaseReferenceToOthers() {
        char[] password = "another long passphrase".toCharArray();
        try (Session admin = TestStores.create(dir)) {
            admin.users().create(new org.casefile.security.NewAccount("kbrown", "Kim Brown", "KB",
                    org.casefile.security.Role.CASEWORKER), password.clone(), admin.user().username());
            Clock clock = Clock.systemUTC();
            var clients = new org.casefile.client.ClientService(admin.transactions(), admin.audit(), admin.user(), clock);
            var exhibits = new org.casefile.evidence.ExhibitService(admin.transactions(), clients, admin.audit(),
                    admin.user(), clock, org.casefile.evidence.ExhibitService.DEFAULT_MAX_BYTES);
            var hidden = clients.create(org.casefile.client.ClientFixtures.restrictedTo(
                    org.casefile.client.ClientFixtures.named("Bea", "Hidden"), admin.user().id()));
            long exhibit = exhibits.receive(hidden.id(), "a.txt", "some bytes to keep".getBytes(),
                    new org.casefile.evidence.Intake("JS", null, null, "")).id();
            StoredBytes.flipOne(admin, exhibit, 1);
            assertThat(new StoreVerifier(admin).verify().problems().getFirst().reference())
                    .isEqualTo(hidden.reference() + " JS/1");
        }
        try (Session other = TestStores.signIn(dir).unlock("kbrown", password)) {
            assertThat(new StoreVerifier(other).verify().problems().getFirst().reference())
                    .isEqualTo("(a restricted case) JS/1");
        }
    }
}
