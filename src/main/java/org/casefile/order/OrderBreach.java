package org.casefile.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What is known of one breach: the police reference and what came of it. Which incidents are breaches is said by
 * the incidents themselves; this row exists once someone records the police side.
 */
@Entity
@Table(name = "order_breach", uniqueConstraints = @UniqueConstraint(columnNames = {"order_id", "incident_id"}))
class OrderBreach {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(name = "police_reference", length = 40)
    private String policeReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private BreachOutcome outcome;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Version
    private long version;

    protected OrderBreach() {
    }

    OrderBreach(long orderId, long incidentId) {
        this.orderId = orderId;
        this.incidentId = incidentId;
    }

    void record(String policeReference, BreachOutcome outcome, Instant at, String by) {
        this.policeReference = policeReference.isEmpty() ? null : policeReference;
        this.outcome = outcome;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    long orderId() {
        return orderId;
    }

    long incidentId() {
        return incidentId;
    }

    String policeReference() {
        return policeReference == null ? "" : policeReference;
    }

    BreachOutcome outcome() {
        return outcome;
    }

    long version() {
        return version;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }
}
