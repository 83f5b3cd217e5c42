package org.casefile.evidence;

import java.time.Instant;

/**
 * One exhibit as lists show it.
 *
 * @param derivedFrom the reference of the original this is a copy of, or empty
 * @param damaged     its bytes no longer match the hash taken at intake: it must not be relied on
 */
public record ExhibitSummary(long id, long clientId, Long incidentId, String reference, String fileName,
                             String mediaType, long sizeBytes, String sha256, Instant receivedAt, String receivedBy,
                             String description, String derivedFrom, Derivation derivation, boolean damaged) {

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    public boolean isPdf() {
        return mediaType.equals("application/pdf");
    }

    public boolean isText() {
        return mediaType.startsWith("text/") || mediaType.equals("message/rfc822");
    }
}
