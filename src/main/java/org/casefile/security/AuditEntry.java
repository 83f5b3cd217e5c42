package org.casefile.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {
    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "subject_type", length = 40)
    private String subjectType;

    @Column(name = "subject_id", length = 64)
    private String subjectId;

    @Column(length = 2000)
    private String detail;

    @Column(name = "prev_hash", nullable = false, length = 64, columnDefinition = "char(64)")
    private String prevHash;

    @Column(name = "entry_hash", nullable = false, length = 64, columnDefinition = "char(64)")
    private String entryHash;

    protected AuditEntry() {
    }

    AuditEntry(long seq, Instant occurredAt, AuditEvent event, String prevHash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = event.actor();
        this.action = event.action().name();
        this.subjectType = event.subjectType();
        this.subjectId = event.subjectId();
        this.detail = event.detail();
        this.prevHash = prevHash;
        this.entryHash = computeHash();
    }

    /** SHA-256 over every field and the previous hash; each field is length-prefixed so none can bleed into another. */
    String computeHash() {
        return AuditHash.of(Long.toString(seq), occurredAt.toString(), actor, action, subjectType, subjectId, detail,
                prevHash);
    }

    long seq() {
        return seq;
    }

    String prevHash() {
        return prevHash;
    }

    String entryHash() {
        return entryHash;
    }

    AuditRecord toRecord() {
        return new AuditRecord(seq, occurredAt, actor, action, subjectType, subjectId, detail);
    }
}
