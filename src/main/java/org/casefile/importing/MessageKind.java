package org.casefile.importing;

/** What a read entry is. System lines are kept (they are part of the record) but never proposed as incidents. */
public enum MessageKind {
    TEXT,
    MEDIA_OMITTED,
    ATTACHMENT,
    DELETED,
    SYSTEM,
    CALL,
    MISSED_CALL,
    EMAIL,
    DIARY;

    public String labelKey() {
        return "messageKind." + name();
    }
}
