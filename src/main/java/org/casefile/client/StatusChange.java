package org.casefile.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One dated, reasoned change of a case's status. Never edited. */
@Entity
@Table(name = "client_status_change")
class StatusChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CaseStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    protected StatusChange() {
    }

    StatusChange(long clientId, CaseStatus status, Instant changedAt, String reason, String changedBy) {
        this.clientId = clientId;
        this.status = status;
        this.changedAt = changedAt;
        this.reason = reason;
        this.changedBy = changedBy;
    }

    ClientRecord.StatusEntry toRecord() {
        return new ClientRecord.StatusEntry(status, changedAt, reason, changedBy);
    }
}
