package org.casefile.security;

/**
 * One thing to put on the record: who did what to which record. {@code detail} is a short note for the reader
 * of the audit log (an outcome, a count); it must never hold case content such as names or addresses.
 */
public record AuditEvent(String actor, AuditAction action, String subjectType, String subjectId, String detail) {
    public static AuditEvent of(String actor, AuditAction action) {
        return new AuditEvent(actor, action, null, null, null);
    }

    public AuditEvent about(String type, Object id) {
        return new AuditEvent(actor, action, type, id == null ? null : id.toString(), detail);
    }

    public AuditEvent withDetail(String text) {
        return new AuditEvent(actor, action, subjectType, subjectId, text);
    }
}
