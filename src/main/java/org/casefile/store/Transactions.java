package org.casefile.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * One transaction per use case. Services call this; nothing else touches an EntityManager. A bulk job (the demo
 * generator) can group many use cases into one transaction with {@link #batch}, because the store file grows with
 * every commit until a clean close.
 */
public final class Transactions {
    /** The batch open on this thread, if any; use cases of the same store join it instead of committing alone. */
    private static final ThreadLocal<Batch> BATCH = new ThreadLocal<>();

    private record Batch(EntityManagerFactory factory, EntityManager em) {
    }

    private final EntityManagerFactory factory;
    private final String actor;

    Transactions(EntityManagerFactory factory) {
        this(factory, null);
    }

    private Transactions(EntityManagerFactory factory, String actor) {
        this.factory = factory;
        this.actor = actor;
    }

    /** The same store, with every change recorded in the field history as made by {@code username}. */
    public Transactions as(String username) {
        return new Transactions(factory, username);
    }

    public <T> T write(Function<EntityManager, T> work) {
        return inTransaction(work, false);
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        }, false);
    }

    public <T> T read(Function<EntityManager, T> work) {
        return inTransaction(work, true);
    }

    /**
     * Runs {@code work} in one transaction that every use case of this store on this thread joins: the services
     * run exactly as they do alone (audit entries, field history, reference counters), but only one commit is
     * written. {@code work} receives a checkpoint that writes the pending changes and empties the persistence
     * context, so a long batch does not re-check ever more entities before each query. All or nothing: a failure
     * anywhere rolls the whole batch back.
     */
    public void batch(Consumer<Runnable> work) {
        if (BATCH.get() != null) {
            throw new IllegalStateException("batches do not nest");
        }
        inTransaction(em -> {
            BATCH.set(new Batch(factory, em));
            try {
                work.accept(() -> {
                    em.flush();
                    em.clear();
                });
            } finally {
                BATCH.remove();
            }
            return null;
        }, false);
    }

    private <T> T inTransaction(Function<EntityManager, T> work, boolean readOnly) {
        Batch open = BATCH.get();
        if (open != null && open.factory() == factory) {
            return work.apply(open.em());
        }
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        if (actor != null) {
            RevisionActor.set(actor);
        }
        try {
            if (readOnly) {
                em.unwrap(Session.class).setDefaultReadOnly(true);
            }
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                try {
                    tx.rollback();
                } catch (RuntimeException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                }
            }
            throw StoreErrors.translate(e);
        } finally {
            em.close();
            RevisionActor.clear();
        }
    }
}
