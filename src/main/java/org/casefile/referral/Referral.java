package org.casefile.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.casefile.risk.RiskLevel;

/** A referral to or from an agency (MARAC among them). Its status changes are kept as steps. */
@Entity
@Table(name = "referral")
class Referral {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(nullable = false, length = 30)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(length = 200)
    private String contact;

    @Column(nullable = false, length = 4000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 16)
    private RiskLevel riskLevel;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralMethod method;

    @Column(name = "their_reference", length = 100)
    private String theirReference;

    @Column(name = "response_due")
    private LocalDate responseDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralStatus status;

    @Column(length = 2000)
    private String outcome;

    @Column(name = "decline_reason", length = 2000)
    private String declineReason;

    @Column(name = "consent_id")
    private Long consentId;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(nullable = false)
    private boolean marac;

    @Enumerated(EnumType.STRING)
    @Column(name = "marac_reason", length = 30)
    private MaracReason maracReason;

    @Column(name = "yes_count")
    private Integer yesCount;

    @Column(name = "meeting_on")
    private LocalDate meetingOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Version
    private long version;

    protected Referral() {
    }

    Referral(long clientId, String reference, ReferralDraft d, RiskLevel riskLevel, Instant at, String by) {
        this.clientId = clientId;
        this.reference = reference;
        this.direction = d.direction();
        this.status = d.direction() == Direction.INCOMING ? ReferralStatus.SENT : ReferralStatus.DRAFT;
        this.riskLevel = riskLevel;
        this.createdAt = at;
        this.createdBy = by;
        apply(d);
    }

    void apply(ReferralDraft d) {
        agencyId = d.agencyId();
        contact = blankToNull(d.contact());
        reason = d.reason();
        referredOn = d.referredOn();
        method = d.method();
        theirReference = blankToNull(d.theirReference());
        responseDue = d.responseDue();
        marac = d.marac();
        maracReason = d.marac() ? d.maracReason() : null;
        yesCount = d.marac() ? d.yesCount() : null;
        meetingOn = d.marac() ? d.meetingOn() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    long id() {
        return id;
    }

    long clientId() {
        return clientId;
    }

    long agencyId() {
        return agencyId;
    }

    long version() {
        return version;
    }

    Direction direction() {
        return direction;
    }

    ReferralStatus status() {
        return status;
    }

    boolean marac() {
        return marac;
    }

    String reference() {
        return reference;
    }

    void move(ReferralStatus to, String note, Long consentId, Long decisionId) {
        if (to == ReferralStatus.DECLINED) {
            declineReason = note;
        } else if (to == ReferralStatus.CLOSED) {
            outcome = note;
        }
        if (to == ReferralStatus.SENT) {
            this.consentId = consentId;
            this.decisionId = decisionId;
        }
        status = to;
    }

    ReferralRecord toRecord(AgencyRecord agency, java.util.List<ReferralRecord.Step> steps,
                            java.util.List<ReferralRecord.Action> actions, String basis) {
        ReferralDraft d = new ReferralDraft(direction, agencyId, contact, reason, referredOn, method, theirReference,
                responseDue, marac, maracReason, yesCount, meetingOn);
        return new ReferralRecord(id, clientId, reference, d, agency, riskLevel, status,
                outcome == null ? "" : outcome, declineReason == null ? "" : declineReason, basis, steps, actions,
                createdAt, createdBy, version);
    }
}
