package org.casefile.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;

/** One transaction per use case. Services call this; nothing else touches an EntityManager. */
public final class Transactions {
    private final EntityManagerFactory factory;
    private final String actor;
    private final BlobSeal blobs;

    Transactions(EntityManagerFactory factory, BlobSeal blobs) {
        this(factory, null, blobs);
    }

    private Transactions(EntityManagerFactory factory, String actor, BlobSeal blobs) {
        this.factory = factory;
        this.actor = actor;
        this.blobs = blobs;
    }

    /** The same store, with every change recorded in the field history as made by {@code username}. */
    public Transactions as(String username) {
        return new Transactions(factory, username, blobs);
    }

    /** How blobs such as exhibit bytes are sealed before they are written (team mode) or not (embedded). */
    public BlobSeal blobs() {
        return blobs;
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

    private <T> T inTransaction(Function<EntityManager, T> work, boolean readOnly) {
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
