package org.casefile.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.casefile.exchange.CaseExchange;
import org.casefile.typology.ContextFlag;
import org.casefile.typology.MentalHealthIndicator;
import org.casefile.typology.WarningResponse;

/** What a caseworker has ticked about how one perpetrator's stalking of one client began (typology input). */
@Entity
@Table(name = "typology_context")
class PerpetratorContext {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "perpetrator_id", nullable = false)
    private long perpetratorId;

    @Column(nullable = false, length = 600)
    private String flags;

    @Column(name = "prior_victims", nullable = false)
    private int priorVictims;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WarningResponse warnings;

    @Column(name = "mental_health", nullable = false, length = 600)
    private String mentalHealth;

    @Column(length = 4000)
    private String notes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Version
    private long version;

    protected PerpetratorContext() {
    }

    PerpetratorContext(long clientId, long perpetratorId) {
        this.clientId = clientId;
        this.perpetratorId = perpetratorId;
    }

    long perpetratorId() {
        return perpetratorId;
    }

    long version() {
        return version;
    }

    void apply(CaseExchange.Context c, Instant at, String by) {
        flags = c.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        priorVictims = c.priorVictims();
        warnings = c.warnings();
        mentalHealth = c.mentalHealth().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        notes = c.notes().isEmpty() ? null : c.notes();
        updatedAt = at;
        updatedBy = by;
    }

    CaseExchange.Context toContext() {
        return new CaseExchange.Context(names(flags, ContextFlag.class), priorVictims, warnings,
                names(mentalHealth, MentalHealthIndicator.class), notes);
    }

    private static <E extends Enum<E>> Set<E> names(String joined, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).forEach(s -> out.add(Enum.valueOf(type, s)));
        return out;
    }
}
