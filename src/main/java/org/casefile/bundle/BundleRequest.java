package org.casefile.bundle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the caseworker chose: the kind, the sections in order, page numbering, redaction, the period and the
 * incidents to include, hearing details for the cover, and where to save.
 *
 * @param incidents   the incident numbers to include; empty means every incident in the period
 * @param freeStrings words to keep out of this bundle on top of the profile's rules
 * @param hearing     court, date and time of a hearing, for the cover; may be empty
 */
public record BundleRequest(long clientId, BundleKind kind, List<SectionKind> sections, Numbering numbering,
                            RedactionProfile profile, List<String> freeStrings, LocalDate from, LocalDate to,
                            Set<Integer> incidents, String hearing, Path out, Long referralId) {

    /** A bundle made from the case as a whole (no referral). */
    public BundleRequest(long clientId, BundleKind kind, List<SectionKind> sections, Numbering numbering,
                         RedactionProfile profile, List<String> freeStrings, LocalDate from, LocalDate to,
                         Set<Integer> incidents, String hearing, Path out) {
        this(clientId, kind, sections, numbering, profile, freeStrings, from, to, incidents, hearing, out, null);
    }

    /** The pack for one referral: its kind's sections, strict redaction, the whole case. */
    public static BundleRequest referralPack(long clientId, long referralId, Path out) {
        return new BundleRequest(clientId, BundleKind.REFERRAL, BundleKind.REFERRAL.defaultSections(),
                Numbering.CONTINUOUS, RedactionProfile.STRICT, List.of(), null, null, Set.of(), "", out, referralId);
    }

    public BundleRequest {
        if (kind == BundleKind.REFERRAL && referralId == null) {
            throw new IllegalArgumentException("a referral pack names its referral");
        }
        sections = List.copyOf(sections);
        freeStrings = freeStrings == null ? List.of() : List.copyOf(freeStrings);
        incidents = incidents == null ? Set.of() : Set.copyOf(incidents);
        hearing = hearing == null ? "" : hearing.strip();
    }

    /** The kind's usual template, its default profile, continuous numbering, the whole case. */
    public static BundleRequest standard(long clientId, BundleKind kind, Path out) {
        return new BundleRequest(clientId, kind, kind.defaultSections(), Numbering.CONTINUOUS, kind.defaultProfile(),
                List.of(), null, null, Set.of(), "", out);
    }

    public boolean includesDate(LocalDate d) {
        return d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
}
