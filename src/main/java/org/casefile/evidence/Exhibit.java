package org.casefile.evidence;

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
 * An evidence item. Its bytes live in {@code exhibit_content} inside the encrypted store, written once at
 * intake; the SHA-256 taken then is checked every time they are read. Nothing here changes after intake except
 * the mark that the bytes were found damaged.
 */
@Entity
@Table(name = "exhibit", uniqueConstraints = @UniqueConstraint(columnNames = {"client_id", "reference"}))
class Exhibit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "incident_id")
    private Long incidentId;

    @Column(nullable = false, length = 20)
    private String reference;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 60)
    private String receivedBy;

    @Column(name = "acquired_from", length = 200)
    private String acquiredFrom;

    @Column(name = "acquired_how", length = 200)
    private String acquiredHow;

    @Column(name = "device_or_account", length = 200)
    private String deviceOrAccount;

    @Column(length = 2000)
    private String description;

    @Column(name = "derived_from")
    private Long derivedFrom;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Derivation derivation;

    @Column(name = "damage_found_at")
    private Instant damageFoundAt;

    /** Refuses a save based on an older copy (team mode: two desktops, one record). */
    @Version
    private long version;

    protected Exhibit() {
    }

    Exhibit(long clientId, String reference, String fileName, String mediaType, Instant receivedAt, String receivedBy,
            Intake intake) {
        this.clientId = clientId;
        this.incidentId = intake.incidentId();
        this.reference = reference;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.acquiredFrom = intake.acquisition().fromWhom();
        this.acquiredHow = intake.acquisition().how();
        this.deviceOrAccount = intake.acquisition().deviceOrAccount();
        this.description = intake.description();
        this.sha256 = "";
    }

    void stored(long size, String sha256) {
        this.sizeBytes = size;
        this.sha256 = sha256;
    }

    void derivedFrom(long originalId, Derivation how) {
        this.derivedFrom = originalId;
        this.derivation = how;
    }

    void damageFound(Instant at) {
        if (damageFoundAt == null) {
            damageFoundAt = at;
        }
    }

    Long id() {
        return id;
    }

    long clientId() {
        return clientId;
    }

    Long incidentId() {
        return incidentId;
    }

    String reference() {
        return reference;
    }

    String fileName() {
        return fileName;
    }

    String mediaType() {
        return mediaType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    String sha256() {
        return sha256;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    String receivedBy() {
        return receivedBy;
    }

    Long derivedFromId() {
        return derivedFrom;
    }

    Derivation derivation() {
        return derivation;
    }

    boolean damaged() {
        return damageFoundAt != null;
    }

    String description() {
        return description == null ? "" : description;
    }

    Acquisition acquisition() {
        return new Acquisition(acquiredFrom, acquiredHow, deviceOrAccount);
    }
}
