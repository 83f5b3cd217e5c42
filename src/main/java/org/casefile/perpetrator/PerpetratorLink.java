package org.casefile.perpetrator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** That a perpetrator targets a client, and how they know each other. One perpetrator may have several. */
@Entity
@Audited
@Table(name = "perpetrator_link", uniqueConstraints = @UniqueConstraint(columnNames = {"client_id", "perpetrator_id"}))
class PerpetratorLink {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "perpetrator_id", nullable = false)
    private long perpetratorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Relationship relationship;

    @Column(length = 1000)
    private String notes;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected PerpetratorLink() {
    }

    PerpetratorLink(long clientId, long perpetratorId, Relationship relationship, String notes, Instant linkedAt) {
        this.clientId = clientId;
        this.perpetratorId = perpetratorId;
        this.relationship = relationship;
        this.notes = notes;
        this.linkedAt = linkedAt;
    }

    long clientId() {
        return clientId;
    }

    long perpetratorId() {
        return perpetratorId;
    }

    Relationship relationship() {
        return relationship;
    }

    String notes() {
        return notes == null ? "" : notes;
    }
}
