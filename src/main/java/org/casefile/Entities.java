package org.casefile;

import java.util.ArrayList;
import java.util.List;
import org.casefile.client.ClientEntities;
import org.casefile.evidence.EvidenceEntities;
import org.casefile.referral.ReferralEntities;
import org.casefile.risk.RiskEntities;
import org.casefile.incident.IncidentEntities;
import org.casefile.order.OrderEntities;
import org.casefile.perpetrator.PerpetratorEntities;
import org.casefile.security.SecurityEntities;
import org.casefile.store.StoreEntities;

/** Every entity class of the store's persistence unit. Each feature package adds its own list here. */
public final class Entities {
    private Entities() {
    }

    public static List<Class<?>> all() {
        List<Class<?>> all = new ArrayList<>();
        all.addAll(StoreEntities.classes());
        all.addAll(SecurityEntities.classes());
        all.addAll(ClientEntities.classes());
        all.addAll(PerpetratorEntities.classes());
        all.addAll(IncidentEntities.classes());
        all.addAll(EvidenceEntities.classes());
        all.addAll(RiskEntities.classes());
        all.addAll(ReferralEntities.classes());
        all.addAll(OrderEntities.classes());
        return List.copyOf(all);
    }
}
