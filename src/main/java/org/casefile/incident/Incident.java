package org.casefile.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An incident in a client's log: when and by whom it was recorded. What it says lives in its versions; the
 * record itself never changes except to point at a newer version when it is amended.
 */
@Entity
@Table(name = "incident", uniqueConstraints = @UniqueConstraint(columnNames = {"client_id", "number"}))
class Incident {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    /** 1, 2, 3… within the client's log: "incident 12" means the same thing to everyone on the case. */
    @Column(nullable = false)
    private int number;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    /** The number of the version in force: 1 until the first amendment. */
    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @Version
    private long version;

    protected Incident() {
    }

    Incident(long clientId, int number, Instant recordedAt, String recordedBy) {
        this.clientId = clientId;
        this.number = number;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.latestVersion = 1;
    }

    Long id() {
        return id;
    }

    long clientId() {
        return clientId;
    }

    int number() {
        return number;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }

    int latestVersion() {
        return latestVersion;
    }

    void amended(int newLatest) {
        latestVersion = newLatest;
    }
}
