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

/** A grade another agency gave (police DASH or DARA, SASH), with who gave it and when. Written once. */
@Entity
@Table(name = "external_grade")
class ExternalGrade {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GradeScheme scheme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GradeScheme.Grade grade;

    @Column(name = "graded_on", nullable = false)
    private java.time.LocalDate gradedOn;

    @Column(name = "given_by", nullable = false, length = 300)
    private String givenBy;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    protected ExternalGrade() {
    }

    ExternalGrade(long clientId, GradeDraft d, Instant recordedAt, String recordedBy) {
        this.clientId = clientId;
        this.scheme = d.scheme();
        this.grade = d.grade();
        this.gradedOn = d.gradedOn();
        this.givenBy = d.givenBy();
        this.note = d.note().isEmpty() ? null : d.note();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    GradeRecord toRecord() {
        return new GradeRecord(id, scheme, grade, gradedOn, givenBy, note == null ? "" : note, recordedAt, recordedBy);
    }
}
