package org.casefile.security;

/** What an audit entry records. Stored by name, so new actions can be added without a migration. */
public enum AuditAction {
    STORE_CREATED,
    USER_CREATED,
    SIGN_IN,
    SIGN_IN_FAILED,
    UNLOCK,
    UNLOCK_FAILED,
    LOCK,
    SIGN_OUT,
    SETTINGS_CHANGED,
    DEMO_DATA_CREATED,
    AUDIT_VERIFIED
}
