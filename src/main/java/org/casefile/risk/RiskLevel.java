package org.casefile.risk;

import java.util.Locale;

/** The current judgement of risk to a client. Risk assessments set it; until then it is not assessed. */
public enum RiskLevel {
    NOT_ASSESSED,
    STANDARD,
    MEDIUM,
    HIGH;

    public String labelKey() {
        return "risk." + name().toLowerCase(Locale.ROOT);
    }
}
