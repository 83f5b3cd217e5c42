package org.casefile.incident;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * One version of what an incident says. Version 1 is the original account; each amendment adds a version with
 * who made it, when and why. Rows are written once and never updated.
 */
@Entity
@Table(name = "incident_version", uniqueConstraints = @UniqueConstraint(columnNames = {"incident_id", "number"}))
class IncidentVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(nullable = false)
    private int number;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "made_by", nullable = false, length = 60)
    private String madeBy;

    /** Why it was amended; empty for the original. */
    @Column(length = 1000)
    private String reason;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "occurred_at")
    private LocalTime occurredAt;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "ended_at")
    private LocalTime endedAt;

    @Column(nullable = false)
    private boolean approximate;

    @Convert(converter = BehavioursColumn.class)
    @Column(nullable = false, length = 600)
    private Set<Behaviour> behaviours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Place place;

    @Column(length = 200)
    private String location;

    @ElementCollection
    @CollectionTable(name = "incident_perpetrator", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "perpetrator_id", nullable = false)
    @BatchSize(size = 100)
    private List<Long> perpetratorIds = new ArrayList<>();

    @Column(length = IncidentRules.MAX_VERBATIM)
    private String verbatim;

    @Column(length = IncidentRules.MAX_TEXT)
    private String description;

    @Column(length = IncidentRules.MAX_TEXT)
    private String impact;

    @Column(name = "client_afraid", nullable = false)
    private boolean clientAfraid;

    @Column(length = 2000)
    private String witnesses;

    @Column(name = "children_involved", nullable = false)
    private boolean childrenInvolved;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Source source;

    @Column(name = "police_reported", nullable = false)
    private boolean policeReported;

    @Column(name = "police_force", length = 100)
    private String policeForce;

    @Column(name = "crime_reference", length = 40)
    private String crimeReference;

    @Column(length = 200)
    private String officer;

    @Column(name = "order_id")
    private Long orderId;

    protected IncidentVersion() {
    }

    IncidentVersion(long incidentId, int number, Instant madeAt, String madeBy, String reason, IncidentDraft d) {
        this.incidentId = incidentId;
        this.number = number;
        this.madeAt = madeAt;
        this.madeBy = madeBy;
        this.reason = reason;
        occurredOn = d.occurredOn();
        occurredAt = d.occurredAt();
        endedOn = d.endedOn();
        endedAt = d.endedAt();
        approximate = d.approximate();
        behaviours = d.behaviours();
        channel = d.channel();
        place = d.place();
        location = d.location();
        perpetratorIds = new ArrayList<>(d.perpetratorIds());
        verbatim = d.verbatim();
        description = d.description();
        impact = d.impact();
        clientAfraid = d.clientAfraid();
        witnesses = d.witnesses();
        childrenInvolved = d.childrenInvolved();
        source = d.source();
        policeReported = d.police().reported();
        policeForce = d.police().force();
        crimeReference = d.police().crimeReference();
        officer = d.police().officer();
        orderId = d.orderId();
    }

    long incidentId() {
        return incidentId;
    }

    int number() {
        return number;
    }

    Instant madeAt() {
        return madeAt;
    }

    String madeBy() {
        return madeBy;
    }

    String reason() {
        return reason == null ? "" : reason;
    }

    IncidentDraft toDraft() {
        return new IncidentDraft(occurredOn, occurredAt, endedOn, endedAt, approximate, behaviours, channel, place,
                location, perpetratorIds, verbatim, description, impact, clientAfraid, witnesses, childrenInvolved,
                source, new PoliceReport(policeReported, policeForce, crimeReference, officer), orderId);
    }
}
