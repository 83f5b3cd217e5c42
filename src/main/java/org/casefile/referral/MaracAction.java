package org.casefile.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An action agreed at MARAC: for which agency, what, who owns it, when it is due and when it was done. */
@Entity
@Table(name = "marac_action")
class MaracAction {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id", nullable = false)
    private long referralId;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(nullable = false, length = 2000)
    private String action;

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    /** Refuses a save based on an older copy (team mode: two desktops, one record). */
    @Version
    private long version;

    protected MaracAction() {
    }

    MaracAction(long referralId, Long agencyId, String action, String owner, LocalDate dueOn) {
        this.referralId = referralId;
        this.agencyId = agencyId;
        this.action = action;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    long referralId() {
        return referralId;
    }

    Long agencyId() {
        return agencyId;
    }

    void done(LocalDate on) {
        doneOn = on;
    }

    ReferralRecord.Action toAction(String agencyName) {
        return new ReferralRecord.Action(id, agencyName, action, owner, dueOn, doneOn);
    }
}
