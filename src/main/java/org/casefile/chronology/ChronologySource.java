package org.casefile.chronology;

import java.util.List;

/** A feature that contributes rows to a case's chronology (incidents now; referrals, orders, reviews later). */
public interface ChronologySource {
    List<ChronologyEntry> entries(long clientId);
}
