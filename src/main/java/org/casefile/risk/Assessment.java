package org.casefile.risk;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A completed risk checklist. Written once: a new judgement is a new assessment. Each answer keeps the wording
 * it was asked in, so an old assessment reads the same after the agency changes its checklist.
 */
@Entity
@Table(name = "risk_assessment")
class Assessment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "checklist_id", nullable = false, length = 100)
    private String checklistId;

    @Column(name = "checklist_version", nullable = false)
    private int checklistVersion;

    @Column(name = "checklist_name", nullable = false, length = 300)
    private String checklistName;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "assessed_by", nullable = false, length = 60)
    private String assessedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "yes_count", nullable = false)
    private int yesCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_level", nullable = false, length = 16)
    private RiskLevel suggestedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "chosen_level", nullable = false, length = 16)
    private RiskLevel chosenLevel;

    @Column(length = 4000)
    private String reasons;

    @Column(name = "next_review", nullable = false)
    private LocalDate nextReview;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "risk_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<StoredAnswer> answers = new ArrayList<>();

    @Embeddable
    static class StoredAnswer {
        @Column(name = "area_title", nullable = false, length = 300)
        private String areaTitle;

        @Column(name = "factor_id", nullable = false, length = 100)
        private String factorId;

        @Column(name = "factor_text", nullable = false, length = 1000)
        private String factorText;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 16)
        private Answer answer;

        @Enumerated(EnumType.STRING)
        @Column(length = 16)
        private AnswerSource source;

        @Column(length = 2000)
        private String comment;

        protected StoredAnswer() {
        }

        StoredAnswer(String areaTitle, Checklist.Factor factor, AssessmentDraft.Given given) {
            this.areaTitle = areaTitle;
            this.factorId = factor.id();
            this.factorText = factor.text();
            this.answer = given.answer();
            this.source = given.source();
            this.comment = given.comment().isEmpty() ? null : given.comment();
        }

        AssessmentRecord.AnsweredFactor toRecord() {
            return new AssessmentRecord.AnsweredFactor(areaTitle, factorId, factorText, answer, source,
                    comment == null ? "" : comment);
        }
    }

    protected Assessment() {
    }

    Assessment(long clientId, Checklist checklist, AssessmentDraft draft, String assessedBy, Instant recordedAt) {
        this.clientId = clientId;
        this.checklistId = checklist.id();
        this.checklistVersion = checklist.version();
        this.checklistName = checklist.name();
        this.assessedOn = draft.assessedOn();
        this.assessedBy = assessedBy;
        this.recordedAt = recordedAt;
        this.yesCount = draft.yesCount();
        this.suggestedLevel = checklist.suggested(draft.yesCount());
        this.chosenLevel = draft.chosen();
        this.reasons = draft.reasons().isEmpty() ? null : draft.reasons();
        this.nextReview = draft.nextReview();
        for (Checklist.Area area : checklist.areas()) {
            for (Checklist.Factor f : area.factors()) {
                answers.add(new StoredAnswer(area.title(), f, draft.answers().get(f.id())));
            }
        }
    }

    long id() {
        return id;
    }

    RiskLevel chosenLevel() {
        return chosenLevel;
    }

    AssessmentRecord toRecord() {
        return new AssessmentRecord(id, clientId, checklistName, checklistVersion, assessedOn, assessedBy, recordedAt,
                yesCount, answers.size(), suggestedLevel, chosenLevel, reasons == null ? "" : reasons, nextReview,
                answers.stream().map(StoredAnswer::toRecord).toList());
    }
}
