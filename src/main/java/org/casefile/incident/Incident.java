package org.casefile.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.LocalDate;
import java.util.Set;

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

    /*
     * Copies from the version in force, kept here so a caseload's recent incidents and earlier threats are found
     * through this narrow table and its indexes, without reading the versions' long texts.
     */
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Convert(converter = BehavioursColumn.class)
    @Column(nullable = false, length = 600)
    private Set<Behaviour> behaviours;

    @Column(nullable = false)
    private boolean threat;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Place place;

    @Column(name = "children_involved", nullable = false)
    private boolean childrenInvolved;

    @Column(name = "order_breached", nullable = false)
    private boolean orderBreached;

    /** For an imported incident: the exhibit holding the original file, and the lines it came from. */
    @Column(name = "import_exhibit_id")
    private Long importExhibitId;

    @Column(name = "import_first")
    private Integer importFirst;

    @Column(name = "import_last")
    private Integer importLast;

    @Version
    private long version;

    protected Incident() {
    }

    Incident(long clientId, int number, Instant recordedAt, String recordedBy, IncidentDraft first) {
        this.clientId = clientId;
        this.number = number;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.latestVersion = 1;
        copy(first);
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

    void importedFrom(ImportLink link) {
        importExhibitId = link.exhibitId();
        importFirst = link.firstPosition();
        importLast = link.lastPosition();
    }

    ImportLink importLink() {
        return importExhibitId == null ? null
                : new ImportLink(importExhibitId, importFirst == null ? 0 : importFirst, importLast == null ? 0 : importLast);
    }

    void amended(int newLatest, IncidentDraft now) {
        latestVersion = newLatest;
        copy(now);
    }

    private void copy(IncidentDraft d) {
        occurredOn = d.occurredOn();
        behaviours = d.behaviours();
        threat = d.behaviours().stream().anyMatch(Behaviour::isThreat);
        place = d.place();
        childrenInvolved = d.childrenInvolved();
        orderBreached = d.orderId() != null || d.behaviours().contains(Behaviour.ORDER_BREACH);
    }
}
