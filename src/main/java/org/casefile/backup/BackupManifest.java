package org.casefile.backup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * What a backup archive holds: which store it is a copy of, when it was made, by which version, and the size and
 * SHA-256 of every other entry, so a damaged or altered archive is refused before anything is unpacked.
 */
record BackupManifest(@JsonProperty("format") int format,
                      @JsonProperty("storeId") String storeId,
                      @JsonProperty("createdAt") String createdAt,
                      @JsonProperty("casefileVersion") String casefileVersion,
                      @JsonProperty("entries") List<Entry> entries) {
    static final int FORMAT = 1;
    static final String NAME = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Entry(@JsonProperty("name") String name, @JsonProperty("size") long size,
                 @JsonProperty("sha256") String sha256) {
    }

    Instant created() {
        return Instant.parse(createdAt);
    }

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("a manifest of plain fields always serialises", e);
        }
    }

    /** Null when the bytes are not a manifest this version can read. */
    static BackupManifest parse(byte[] json) {
        try {
            BackupManifest m = JSON.readValue(json, BackupManifest.class);
            if (m == null || m.storeId() == null || m.createdAt() == null || m.entries() == null) {
                return null;
            }
            m.created();
            return m;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
