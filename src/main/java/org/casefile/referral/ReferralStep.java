package org.casefile.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One status change of a referral, written once. */
@Entity
@Table(name = "referral_step")
class ReferralStep {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id", nullable = false)
    private long referralId;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "made_by", nullable = false, length = 60)
    private String madeBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ReferralStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ReferralStatus toStatus;

    @Column(length = 2000)
    private String note;

    protected ReferralStep() {
    }

    ReferralStep(long referralId, Instant at, String by, ReferralStatus from, ReferralStatus to, String note) {
        this.referralId = referralId;
        this.madeAt = at;
        this.madeBy = by;
        this.fromStatus = from;
        this.toStatus = to;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    long referralId() {
        return referralId;
    }

    ReferralRecord.Step toStep() {
        return new ReferralRecord.Step(madeAt, madeBy, fromStatus, toStatus, note == null ? "" : note);
    }
}
