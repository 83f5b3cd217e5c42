package org.casefile.referral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** The client's consent to share, for a purpose, with named agencies (or any). Withdrawn, never deleted. */
@Entity
@Table(name = "consent")
class Consent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(nullable = false, length = 1000)
    private String purpose;

    @Column(name = "all_agencies", nullable = false)
    private boolean allAgencies;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_agency", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "agency_id")
    private Set<Long> agencyIds = new HashSet<>();

    @Column(name = "given_by", nullable = false, length = 200)
    private String givenBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsentMethod method;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_note", length = 1000)
    private String withdrawnNote;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Version
    private long version;

    protected Consent() {
    }

    Consent(long clientId, ConsentDraft d, Instant at, String by) {
        this.clientId = clientId;
        this.purpose = d.purpose();
        this.allAgencies = d.allAgencies();
        this.agencyIds = new HashSet<>(d.allAgencies() ? Set.of() : d.agencyIds());
        this.givenBy = d.givenBy();
        this.method = d.method();
        this.givenOn = d.givenOn();
        this.reviewOn = d.reviewOn();
        this.expiresOn = d.expiresOn();
        this.recordedAt = at;
        this.recordedBy = by;
    }

    long id() {
        return id;
    }

    long clientId() {
        return clientId;
    }

    long version() {
        return version;
    }

    void withdraw(LocalDate on, String note) {
        withdrawnOn = on;
        withdrawnNote = note == null || note.isBlank() ? null : note.strip();
    }

    ConsentRecord toRecord() {
        return new ConsentRecord(id, new ConsentDraft(purpose, allAgencies, Set.copyOf(agencyIds), givenBy, method,
                givenOn, reviewOn, expiresOn), withdrawnOn, withdrawnNote == null ? "" : withdrawnNote, recordedAt,
                recordedBy, version);
    }
}
