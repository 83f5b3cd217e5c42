package org.casefile.referral;

import java.time.LocalDate;
import java.util.Set;

/**
 * A decision to share without consent, as recorded.
 *
 * @param necessity     why sharing is necessary and proportionate, in the decision-maker's words
 * @param signedOffBy   the manager who signed the decision off (not the person who made it)
 * @param notToldReason why the client was not told, when they were not (telling them would put them at risk)
 */
public record ShareDecisionDraft(String purpose, Set<Long> agencyIds, LawfulBasis lawfulBasis, String necessity,
                                 String decidedBy, LocalDate decidedOn, String signedOffBy, LocalDate signedOffOn,
                                 boolean clientTold, LocalDate toldOn, String notToldReason) {
    public ShareDecisionDraft {
        purpose = purpose == null ? "" : purpose.strip();
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
        necessity = necessity == null ? "" : necessity.strip();
        decidedBy = decidedBy == null ? "" : decidedBy.strip();
        signedOffBy = signedOffBy == null ? "" : signedOffBy.strip();
        notToldReason = notToldReason == null ? "" : notToldReason.strip();
    }
}
