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
    AUDIT_VERIFIED,
    CLIENT_CREATED,
    CLIENT_VIEWED,
    CLIENT_UPDATED,
    CLIENT_STATUS_CHANGED,
    CLIENT_VIEW_REFUSED,
    PERPETRATOR_CREATED,
    PERPETRATOR_VIEWED,
    PERPETRATOR_UPDATED,
    PERPETRATOR_LINKED,
    PERPETRATOR_UNLINKED
}
