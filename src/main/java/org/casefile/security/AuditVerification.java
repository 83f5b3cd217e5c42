package org.casefile.security;

import java.time.Instant;

/**
 * The outcome of walking the audit chain. When broken, {@code brokenAt} is the first entry whose link does not
 * hold, with when it claims to have been written and why it fails.
 */
public record AuditVerification(long entriesChecked, Long brokenAt, Instant brokenEntryTime, String reasonKey) {
    public boolean intact() {
        return brokenAt == null;
    }

    static AuditVerification intact(long checked) {
        return new AuditVerification(checked, null, null, null);
    }

    static AuditVerification broken(long checked, long seq, Instant at, String reasonKey) {
        return new AuditVerification(checked, seq, at, reasonKey);
    }
}
