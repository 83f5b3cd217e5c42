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
            counter = new ReferenceCounter(series);
            em.persist(counter);
        }
        counter.lastValue++;
        return counter.lastValue;
    }
}
