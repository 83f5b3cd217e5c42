package org.casefile.store;

/**
 * Who is making the change in this thread, for the field-level history (Envers) that records it with each
 * revision. Set by {@link Transactions#as(String)} around a unit of work.
 */
public final class RevisionActor {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RevisionActor() {
    }

    static void set(String actor) {
        CURRENT.set(actor);
    }

    static void clear() {
        CURRENT.remove();
    }

    public static String current() {
        String actor = CURRENT.get();
        return actor == null ? "system" : actor;
    }
}
