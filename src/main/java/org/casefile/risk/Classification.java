package org.casefile.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.stream.Collectors;
import org.casefile.typology.StalkerType;
import org.casefile.typology.TypologyFinding;

/**
 * One run of the typology assistant on a case, kept as history with the caseworker's decision on it. The finding
 * is kept whole (as JSON) so it reads the same later; the facts' fingerprint says whether the case has changed
 * since.
 */
@Entity
@Table(name = "typology_finding")
class Classification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "perpetrator_id")
    private Long perpetratorId;

    @Column(name = "run_at", nullable = false)
    private Instant runAt;

    @Column(name = "run_by", nullable = false, length = 60)
    private String runBy;

    @Column(name = "facts_hash", nullable = false, length = 64)
    private String factsHash;

    @Column(name = "incident_count", nullable = false)
    private int incidentCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "primary_type", length = 30)
    private StalkerType primaryType;

    @Enumerated(EnumType.STRING)
    @Column(name = "secondary_type", length = 30)
    private StalkerType secondaryType;

    @Column(name = "status_key", nullable = false, length = 80)
    private String statusKey;

    @Column(name = "cyber_enabled", nullable = false)
    private boolean cyberEnabled;

    @Column(nullable = false, length = 400)
    private String scores;

    @Lob
    @Column(nullable = false)
    private String finding;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_type", length = 30)
    private StalkerType decidedType;

    @Column(name = "decision_reason", length = 4000)
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Version
    private long version;

    protected Classification() {
    }

    Classification(long clientId, Long perpetratorId, Instant runAt, String runBy, String factsHash, int incidentCount,
                   TypologyFinding f, String findingJson) {
        this.clientId = clientId;
        this.perpetratorId = perpetratorId;
        this.runAt = runAt;
        this.runBy = runBy;
        this.factsHash = factsHash;
        this.incidentCount = incidentCount;
        this.primaryType = f.primary();
        this.secondaryType = f.secondary();
        this.statusKey = f.statusKey();
        this.cyberEnabled = f.cyberEnabled();
        this.scores = f.scores().stream().map(s -> s.type().name() + "=" + s.score()).collect(Collectors.joining(","));
        this.finding = findingJson;
    }

    long id() {
        return id;
    }

    long clientId() {
        return clientId;
    }

    Long perpetratorId() {
        return perpetratorId;
    }

    String factsHash() {
        return factsHash;
    }

    long version() {
        return version;
    }

    Decision decision() {
        return decision;
    }

    StalkerType primaryType() {
        return primaryType;
    }

    String findingJson() {
        return finding;
    }

    void decide(Decision decision, StalkerType type, String reason, Instant at, String by) {
        this.decision = decision;
        this.decidedType = type;
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.decidedAt = at;
        this.decidedBy = by;
    }

    ClassificationRecord toRecord(TypologyFinding finding, String perpetratorReference, boolean stale) {
        return new ClassificationRecord(id, perpetratorId, perpetratorReference, runAt, runBy, incidentCount, finding,
                stale, decision, decidedType, decisionReason == null ? "" : decisionReason, decidedAt,
                decidedBy == null ? "" : decidedBy, version);
    }
}
