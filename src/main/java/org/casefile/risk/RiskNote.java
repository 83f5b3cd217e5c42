package org.casefile.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A dated, signed narrative note on a client's risk. Written once; a correction is a further note. */
@Entity
@Table(name = "risk_note")
class RiskNote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "written_by", nullable = false, length = 60)
    private String writtenBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NoteKind kind;

    @Column(nullable = false, length = 20000)
    private String body;

    protected RiskNote() {
    }

    RiskNote(long clientId, Instant writtenAt, String writtenBy, NoteKind kind, String body) {
        this.clientId = clientId;
        this.writtenAt = writtenAt;
        this.writtenBy = writtenBy;
        this.kind = kind;
        this.body = body;
    }

    RiskNoteRecord toRecord() {
        return new RiskNoteRecord(id, writtenAt, writtenBy, kind, body);
    }
}
