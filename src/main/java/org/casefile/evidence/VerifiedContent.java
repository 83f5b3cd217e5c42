package org.casefile.evidence;

/** An exhibit's bytes, read from the store and found to match the hash taken at intake. */
public record VerifiedContent(ExhibitSummary exhibit, byte[] bytes) {
}
