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
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A decision to share without the client's consent: the lawful basis, why it is necessary and proportionate,
 * who decided, the manager who signed it off, and whether the client was told. Written once.
 */
@Entity
@Table(name = "share_decision")
class ShareDecision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(nullable = false, length = 1000)
    private String purpose;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "share_decision_agency", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "agency_id")
    private Set<Long> agencyIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis", nullable = false, length = 40)
    private LawfulBasis lawfulBasis;

    @Column(nullable = false, length = 4000)
    private String necessity;

    @Column(name = "decided_by", nullable = false, length = 200)
    private String decidedBy;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "signed_off_by", nullable = false, length = 200)
    private String signedOffBy;

    @Column(name = "signed_off_on", nullable = false)
    private LocalDate signedOffOn;

    @Column(name = "client_told", nullable = false)
    private boolean clientTold;

    @Column(name = "told_on")
    private LocalDate toldOn;

    @Column(name = "not_told_reason", length = 1000)
    private String notToldReason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    protected ShareDecision() {
    }

    ShareDecision(long clientId, ShareDecisionDraft d, Instant at, String by) {
        this.clientId = clientId;
        this.purpose = d.purpose();
        this.agencyIds = new HashSet<>(d.agencyIds());
        this.lawfulBasis = d.lawfulBasis();
        this.necessity = d.necessity();
        this.decidedBy = d.decidedBy();
        this.decidedOn = d.decidedOn();
        this.signedOffBy = d.signedOffBy();
        this.signedOffOn = d.signedOffOn();
        this.clientTold = d.clientTold();
        this.toldOn = d.toldOn();
        this.notToldReason = d.notToldReason().isEmpty() ? null : d.notToldReason();
        this.recordedAt = at;
        this.recordedBy = by;
    }

    ShareDecisionRecord toRecord() {
        return new ShareDecisionRecord(id, new ShareDecisionDraft(purpose, Set.copyOf(agencyIds), lawfulBasis, necessity,
                decidedBy, decidedOn, signedOffBy, signedOffOn, clientTold, toldOn,
                notToldReason == null ? "" : notToldReason), recordedAt, recordedBy);
    }
}
