package org.casefile.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in an exhibit's continuity log: who handled it, when and how. Written once. */
@Entity
@Table(name = "custody_event")
class CustodyEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "exhibit_id", nullable = false)
    private long exhibitId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CustodyAction action;

    @Column(length = 500)
    private String note;

    protected CustodyEvent() {
    }

    CustodyEvent(long exhibitId, Instant occurredAt, String actor, CustodyAction action, String note) {
        this.exhibitId = exhibitId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.note = note;
    }

    ExhibitRecord.CustodyEntry toEntry() {
        return new ExhibitRecord.CustodyEntry(occurredAt, actor, action, note == null ? "" : note);
    }
}
