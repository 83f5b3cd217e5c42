package org.casefile.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path dir;
    Session session;

    @BeforeEach
    void aStoreWithSomeHistory() {
        session = TestStores.create(dir);
        for (int i = 0; i < 5; i++) {
            session.audit().record(AuditEvent.of("jsmith", AuditAction.SETTINGS_CHANGED).withDetail("step " + i));
        }
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        session.close();
    }

    @Test
    void anUntouchedChainVerifies() {
        AuditVerification result = session.audit().verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(8); // store created, user created, sign-in, five settings changes
    }

    @Test
    void anEditedEntryIsFound() {
        sql("update audit_entry set detail = 'step nothing' where seq = 5");
        AuditVerification result = session.audit().verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(5);
        assertThat(result.reasonKey()).isEqualTo("audit.broken.altered");
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheNextLink() {
        // A careful forger recomputes the hash of the row they changed; the next row still points at the old one.
        sql("update audit_entry set actor = 'someone', entry_hash = '" + "ab".repeat(32) + "' where seq = 4");
        AuditVerification result = session.audit().verify();
        assertThat(result.brokenAt()).isEqualTo(4);
        sql("update audit_entry set prev_hash = '" + "ab".repeat(32) + "' where seq = 5");
        assertThat(session.audit().verify().brokenAt()).isEqualTo(4);
    }

    @Test
    void aDeletedEntryIsFound() {
        sql("delete from audit_entry where seq = 3");
        AuditVerification result = session.audit().verify();
        assertThat(result.brokenAt()).isEqualTo(3);
        assertThat(result.reasonKey()).isEqualTo("audit.broken.missing");
    }

    @Test
    void entriesCutFromTheEndAreFound() {
        sql("delete from audit_entry where seq >= 8");
        AuditVerification result = session.audit().verify();
        assertThat(result.brokenAt()).isEqualTo(8);
        assertThat(result.reasonKey()).isEqualTo("audit.broken.tail");
    }

    private void sql(String statement) {
        session.transactions().run(em -> em.createNativeQuery(statement).executeUpdate());
    }
}
