package org.casefile.risk;

/** What a risk note is about. */
public enum NoteKind {
    SAFETY_PLANNING,
    PROFESSIONAL_JUDGEMENT,
    GENERAL;

    public String labelKey() {
        return "risk.note.kind." + name();
    }
}
