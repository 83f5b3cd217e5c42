package org.casefile.risk;

/** Where an answer came from. */
public enum AnswerSource {
    CLIENT,
    POLICE,
    OTHER;

    public String labelKey() {
        return "risk.source." + name();
    }
}
