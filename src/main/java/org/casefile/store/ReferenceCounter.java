package org.casefile.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * Hands out readable references such as C-2026-0042: a prefix, the year, and a number that restarts each year.
 * The counter row is locked while it moves, so two desktops never get the same number.
 */
@Entity
@Table(name = "reference_counter")
class ReferenceCounter {
    @Id
    @Column(name = "series", length = 60)
    private String series;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected ReferenceCounter() {
    }

    private ReferenceCounter(String series) {
        this.series = series;
    }

    static String next(EntityManager em, String prefix, int year) {
        String series = prefix + "-" + year;
        return String.format("%s-%04d", series, nextNumber(em, series));
    }

    static int nextNumber(EntityManager em, String series) {
        ReferenceCounter counter = em.find(ReferenceCounter.class, series, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            startSeries(em, series);
            counter = em.find(ReferenceCounter.class, series, LockModeType.PESSIMISTIC_WRITE);
        }
        counter.lastValue++;
        return counter.lastValue;
    }

    /**
     * Makes the counter row of a new series, unless another desktop has just made it. Two desktops starting the
     * same series at once (the first client of a new year on a team's server) would otherwise both insert it and
     * one save would fail on the duplicate key; here the loser's insert is undone to a savepoint (which waits for
     * the winner's commit on PostgreSQL), the transaction goes on, and the lock that follows reads the winner's row.
     */
    private static void startSeries(EntityManager em, String series) {
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            java.sql.Savepoint before = connection.setSavepoint();
            try (java.sql.PreparedStatement insert = connection.prepareStatement(
                    "insert into reference_counter (series, last_value) values (?, 0)")) {
                insert.setString(1, series);
                insert.executeUpdate();
                connection.releaseSavepoint(before);
            } catch (java.sql.SQLException madeElsewhere) {
                connection.rollback(before);
                if (!duplicate(madeElsewhere)) {
                    throw madeElsewhere;
                }
            }
        });
    }

    /** A unique-key clash: SQLSTATE class 23 on PostgreSQL and H2 alike (H2 may say it was a concurrent update). */
    private static boolean duplicate(java.sql.SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("23") || state.equals("90131"));
    }
}
