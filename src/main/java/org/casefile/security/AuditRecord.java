package org.casefile.security;

import java.time.Instant;

/** An audit entry as the audit viewer and the command line read it. */
public record AuditRecord(long seq, Instant occurredAt, String actor, String action, String subjectType,
                          String subjectId, String detail) {
}
