package org.casefile.bundle;

import java.util.List;
import org.casefile.Messages;

/**
 * Where a MARAC pack's risk summary, referrals and orders come from. The risk, referral and order features plug
 * their own in; until then {@link #NOTHING_RECORDED} says plainly that nothing is recorded.
 */
public interface MaracSources {
    /** The latest risk assessment: level, date, who judged it, the reasons and the review date. */
    List<Block> riskSummary(long clientId);

    /** Referrals made for the client, with their status and dates. */
    List<Block> referrals(long clientId);

    /** Protective orders, their conditions and breaches. */
    List<Block> orders(long clientId);

    /**
     * The typology finding as the case keeps it (with what the caseworker ticked about how it began), or empty
     * to let the bundle read the chosen incidents alone.
     */
    default java.util.Optional<org.casefile.typology.TypologyFinding> typology(long clientId) {
        return java.util.Optional.empty();
    }

    /**
     * The referral a referral pack is made for, with what it was shared under. Refuses (a sentence) when the
     * agency may not be sent the client's details: no consent or decision to share covers it.
     */
    default List<Block> referral(long clientId, long referralId) {
        throw new org.casefile.UserFacingException("bundle.referral.unavailable");
    }

    MaracSources NOTHING_RECORDED = new MaracSources() {
        @Override
        public List<Block> riskSummary(long clientId) {
            return List.of(new Block.Paragraph(Messages.get("bundle.marac.noRisk")));
        }

        @Override
        public List<Block> referrals(long clientId) {
            return List.of(new Block.Paragraph(Messages.get("bundle.marac.noReferrals")));
        }

        @Override
        public List<Block> orders(long clientId) {
            return List.of(new Block.Paragraph(Messages.get("bundle.marac.noOrders")));
        }
    };
}
