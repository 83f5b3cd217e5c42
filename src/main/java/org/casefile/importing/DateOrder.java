package org.casefile.importing;

/** How to read a date such as 03/04/2024: inferred from the whole file unless the caseworker says. */
public enum DateOrder {
    INFER,
    DAY_FIRST,
    MONTH_FIRST;

    public String labelKey() {
        return "dateOrder." + name();
    }
}
