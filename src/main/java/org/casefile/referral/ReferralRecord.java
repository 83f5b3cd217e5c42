package org.casefile.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casefile.risk.RiskLevel;

/**
 * A referral with its agency, every status change, MARAC actions, and what made sending it lawful.
 *
 * @param riskLevel the client's level when the referral was created
 * @param basis     for a sent outgoing referral: the consent or the decision to share it was sent under
 */
public record ReferralRecord(long id, long clientId, String reference, ReferralDraft details, AgencyRecord agency,
                             RiskLevel riskLevel, ReferralStatus status, String outcome, String declineReason,
                             String basis, List<Step> steps, List<Action> actions, Instant createdAt,
                             String createdBy, long version) {

    /** One status change: when, by whom, from what to what, and the note made. */
    public record Step(Instant at, String by, ReferralStatus from, ReferralStatus to, String note) {
    }

    /** A MARAC action: which agency (or none), what, who owns it, by when, and when it was done. */
    public record Action(long id, String agency, String action, String owner, LocalDate dueOn, LocalDate doneOn) {
    }

    public ReferralRecord {
        steps = List.copyOf(steps);
        actions = List.copyOf(actions);
    }

    /** The response is late: still awaited and its due date has passed. */
    public boolean overdue(LocalDate today) {
        return status.awaitingResponse() && details.responseDue() != null && details.responseDue().isBefore(today);
    }
}
