package org.casefile.referral;

import java.time.LocalDate;
import java.util.Set;

/**
 * Consent as the caseworker records it.
 *
 * @param allAgencies the client agreed to sharing with any agency for this purpose
 * @param givenBy     the client, or who gave it for them (a parent, an attorney)
 * @param reviewOn    when to check it still stands, if agreed
 * @param expiresOn   when it ends, if it does
 */
public record ConsentDraft(String purpose, boolean allAgencies, Set<Long> agencyIds, String givenBy,
                           ConsentMethod method, LocalDate givenOn, LocalDate reviewOn, LocalDate expiresOn) {
    public ConsentDraft {
        purpose = purpose == null ? "" : purpose.strip();
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
        givenBy = givenBy == null ? "" : givenBy.strip();
    }
}
