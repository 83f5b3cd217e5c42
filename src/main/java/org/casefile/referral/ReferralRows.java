package org.casefile.referral;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.casefile.Messages;
import org.casefile.chronology.ChronologyEntry;
import org.casefile.chronology.ChronologySource;
import org.casefile.chronology.EventKind;

/**
 * Chronology rows for referrals: the referral itself on the day it was made, then each later step (sent,
 * acknowledged, declined with the reason, closed with the outcome...) on the day it was recorded.
 */
public final class ReferralRows implements ChronologySource {
    private final ReferralService referrals;
    private final ZoneId zone;

    public ReferralRows(ReferralService referrals, ZoneId zone) {
        this.referrals = referrals;
        this.zone = zone;
    }

    @Override
    public List<ChronologyEntry> entries(long clientId) {
        List<ChronologyEntry> out = new ArrayList<>();
        for (ReferralRecord r : referrals.forClient(clientId)) {
            String to = Messages.get(r.details().direction() == Direction.OUTGOING ? "referral.chronology.to"
                    : "referral.chronology.from", r.agency().name());
            String kind = r.details().marac() ? Messages.get("referral.chronology.marac") : "";
            out.add(new ChronologyEntry(r.details().referredOn(), null, false, EventKind.REFERRAL, r.reference(),
                    Messages.get("referral.chronology.made", kind, to, r.details().reason()), r.createdBy(),
                    Messages.get(r.riskLevel().labelKey()), List.of(), r.id()));
            for (ReferralRecord.Step s : r.steps()) {
                if (s.from() == null) {
                    continue;
                }
                out.add(new ChronologyEntry(s.at().atZone(zone).toLocalDate(),
                        s.at().atZone(zone).toLocalTime().withSecond(0).withNano(0), false, EventKind.REFERRAL,
                        r.reference(), Messages.get("referral.chronology.step", to, Messages.get(s.to().labelKey()),
                        s.note().isEmpty() ? "" : ": " + s.note()), s.by(), "", List.of(), r.id()));
            }
        }
        return out;
    }
}
