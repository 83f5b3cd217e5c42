package org.casefile.order;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A protective order on a client's case. Edited in place; every save is versioned and audited. */
@Entity
@Table(name = "protective_order")
class ProtectiveOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", nullable = false, length = 40)
    private OrderType type;

    @Column(name = "respondent_id")
    private Long respondentId;

    @Column(nullable = false, length = 200)
    private String court;

    @Column(name = "case_number", length = 60)
    private String caseNumber;

    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;

    @Column(name = "served_on")
    private LocalDate servedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "until_further_order", nullable = false)
    private boolean untilFurtherOrder;

    @Column(name = "next_hearing")
    private LocalDate nextHearing;

    @Column(length = 2000)
    private String notification;

    @Column(length = 10000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "order_condition", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<StoredCondition> conditions = new ArrayList<>();

    @Version
    private long version;

    @Embeddable
    static class StoredCondition {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        private ConditionKind kind;

        @Column(nullable = false, length = 2000)
        private String text;

        @Column(name = "exclusion_zone", length = 500)
        private String exclusionZone;

        protected StoredCondition() {
        }

        StoredCondition(OrderDraft.Condition c) {
            kind = c.kind();
            text = c.text();
            exclusionZone = c.exclusionZone().isEmpty() ? null : c.exclusionZone();
        }

        OrderDraft.Condition toDraft() {
            return new OrderDraft.Condition(kind, text, exclusionZone);
        }
    }

    protected ProtectiveOrder() {
    }

    ProtectiveOrder(long clientId, OrderDraft draft, Instant at, String by) {
        this.clientId = clientId;
        this.recordedAt = at;
        this.recordedBy = by;
        apply(draft, at, by);
    }

    void apply(OrderDraft d, Instant at, String by) {
        type = d.type();
        respondentId = d.respondentId();
        court = d.court();
        caseNumber = blankToNull(d.caseNumber());
        madeOn = d.madeOn();
        servedOn = d.servedOn();
        expiresOn = d.untilFurtherOrder() ? null : d.expiresOn();
        untilFurtherOrder = d.untilFurtherOrder();
        nextHearing = d.nextHearing();
        notification = blankToNull(d.notification());
        notes = blankToNull(d.notes());
        status = d.status();
        conditions.clear();
        d.conditions().forEach(c -> conditions.add(new StoredCondition(c)));
        changedAt = at;
        changedBy = by;
    }

    OrderDraft toDraft() {
        return new OrderDraft(type, respondentId, court, caseNumber, madeOn, servedOn, expiresOn, untilFurtherOrder,
                nextHearing, conditions.stream().map(StoredCondition::toDraft).toList(), notification, notes, status);
    }

    Long id() {
        return id;
    }

    long clientId() {
        return clientId;
    }

    long version() {
        return version;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant changedAt() {
        return changedAt;
    }

    String changedBy() {
        return changedBy;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
