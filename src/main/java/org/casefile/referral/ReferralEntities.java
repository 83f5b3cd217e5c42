package org.casefile.referral;

import java.util.List;

public final class ReferralEntities {
    private ReferralEntities() {
    }

    public static List<Class<?>> classes() {
        return List.of(Agency.class, Consent.class, ShareDecision.class, Referral.class, ReferralStep.class,
                MaracAction.class);
    }
}
