package org.casefile.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.casefile.UserFacingException;
import org.hibernate.Session;

/**
 * One transaction per use case. Services call this; nothing else touches an EntityManager. A bulk job (the demo
 * generator) can group many use cases into one transaction with {@link #batch}, because the store file grows with
 * every commit until a clean close.
 */
public final class Transactions {
    /** The batch open on this thread, if any; use cases of the same store join it instead of committing alone. */
    private static final ThreadLocal<Batch> BATCH = new ThreadLocal<>();

    private static final class Batch {
        final EntityManagerFactory factory;
        final EntityManager em;
        /** Where the audit chain ends once the batch commits (0: it did not move). */
        long chainEnd;

        Batch(EntityManagerFactory factory, EntityManager em) {
            this.factory = factory;
            this.em = em;
        }
    }

    private final EntityManagerFactory factory;
    private final StoreMark mark;
    private final String actor;
    private final BlobSeal blobs;
    /**
     * Set once a write failed in a way that makes H2 stop using its file (a full disk, a device gone). H2 2.5 then
     * spins for ever on the next statement, so nothing more is sent to it: every later call gets a sentence.
     */
    private final AtomicBoolean stopped;

    Transactions(EntityManagerFactory factory, BlobSeal blobs, StoreMark mark) {
        this(factory, null, blobs, mark, new AtomicBoolean());
    }

    private Transactions(EntityManagerFactory factory, String actor, BlobSeal blobs, StoreMark mark,
                         AtomicBoolean stopped) {
        this.factory = factory;
        this.mark = mark;
        this.actor = actor;
        this.blobs = blobs;
        this.stopped = stopped;
    }

    /** True once the store had to stop after a failed write; closing then must not touch the database. */
    boolean stopped() {
        return stopped.get();
    }

    /** The same store, with every change recorded in the field history as made by {@code username}. */
    public Transactions as(String username) {
        return new Transactions(factory, username, blobs, mark, stopped);
    }

    /**
     * Asks for the store file to be rewritten at the next clean close whatever its fill rate, so that rows just
     * deleted (an erasure) do not linger in the old parts of an append-only file.
     */
    public void compactAtClose() {
        if (mark != null) {
            mark.compactionRequested();
        }
    }

    /**
     * Tells the store that the transaction running in {@code em} has moved the audit chain to {@code seq}; once it
     * commits, the store's mark moves with it ({@link StoreMark}).
     */
    public void auditChainMoved(EntityManager em, long seq) {
        if (mark == null) {
            return;
        }
        Batch open = BATCH.get();
        if (open != null && open.em == em) {
            // One move of the mark when the batch commits, not one per audit entry of a bulk load.
            open.chainEnd = Math.max(open.chainEnd, seq);
            return;
        }
        em.unwrap(Session.class).getTransaction().registerSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    mark.committed(seq);
                }
            }
        });
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
        long chainEnd = inTransaction(em -> {
            Batch batch = new Batch(factory, em);
            BATCH.set(batch);
            try {
                work.accept(() -> {
                    em.flush();
                    em.clear();
                });
            } finally {
                BATCH.remove();
            }
            return batch.chainEnd;
        }, false);
        if (mark != null && chainEnd > 0) {
            mark.committed(chainEnd);
        }
    }

    private <T> T inTransaction(Function<EntityManager, T> work, boolean readOnly) {
        Batch open = BATCH.get();
        if (open != null && open.factory == factory) {
            return work.apply(open.em);
        }
        if (stopped.get()) {
            throw new UserFacingException("store.stopped");
        }
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        if (actor != null) {
            RevisionActor.set(actor);
        }
        RuntimeException failure = null;
        try {
            if (readOnly) {
                em.unwrap(Session.class).setDefaultReadOnly(true);
            }
            tx.begin();
            T result = work.apply(em);
            if (!readOnly && mark != null && !mark.storeStillThere()) {
                // The file was moved or deleted under us; committing would write into a file nobody can find.
                throw new UserFacingException("store.folderGone", mark.folder());
            }
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
            failure = StoreErrors.translate(e);
            if (mark != null && StoreErrors.stopsTheStore(e)) {
                stopped.set(true);
            }
            throw failure;
        } finally {
            try {
                em.close();
            } catch (RuntimeException closeFailed) {
                // After a failed write (a full disk) H2 may have shut the store, so giving the connection back
                // fails too; that must not hide the sentence for what went wrong first.
                if (failure != null) {
                    failure.addSuppressed(closeFailed);
                } else {
                    throw StoreErrors.translate(closeFailed);
                }
            } finally {
                RevisionActor.clear();
            }
        }
    }
}
