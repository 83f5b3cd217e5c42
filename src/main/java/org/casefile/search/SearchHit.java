package org.casefile.search;

/** One result of the type-ahead search: a client or a perpetrator, with what matched when it was not the name. */
public record SearchHit(Kind kind, long id, String reference, String name, String matched) {
    public enum Kind { CLIENT, PERPETRATOR }
}
