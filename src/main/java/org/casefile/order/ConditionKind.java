package org.casefile.order;

/** What a condition of an order asks of the respondent: not to do something, or to do something. */
public enum ConditionKind {
    PROHIBITION,
    REQUIREMENT;

    public String labelKey() {
        return "order.condition.kind." + name();
    }
}
