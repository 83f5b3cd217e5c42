package org.casefile.risk;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.casefile.InvalidInput;
import org.casefile.UserFacingException;
import org.casefile.client.ClientService;
import org.casefile.exchange.CaseExchange;
import org.casefile.exchange.ExchangeExport;
import org.casefile.exchange.ExchangeFacts;
import org.casefile.exchange.ExchangeJson;
import org.casefile.incident.IncidentService;
import org.casefile.perpetrator.LinkedPerpetrator;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditLog;
import org.casefile.security.User;
import org.casefile.typology.CaseFacts;
import org.casefile.typology.StalkerType;
import org.casefile.typology.TypologyFinding;
import org.casefile.typology.TypologyRules;

/**
 * The typology assistant on a stored case: what the caseworker ticks about how it began (per perpetrator), runs
 * of the rules kept as dated history, and the caseworker's confirmation or override of each. A run is kept only
 * when the facts differ from the last run's for that perpetrator; a kept run whose facts have since changed is
 * marked stale so the screen can offer to run it again.
 */
public final class TypologyService {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ClientService clients;
    private final PerpetratorService perpetrators;
    private final IncidentService incidents;
    private final AuditLog audit;
    private final User me;
    private final Clock clock;

    public TypologyService(ClientService clients, PerpetratorService perpetrators, IncidentService incidents,
                           AuditLog audit, User me, Clock clock) {
        this.clients = clients;
        this.perpetrators = perpetrators;
        this.incidents = incidents;
        this.audit = audit;
        this.me = me;
        this.clock = clock;
    }

    /** The client's linked perpetrators with what has been ticked about each. */
    public List<PerpetratorFacts> perpetrators(long clientId) {
        List<LinkedPerpetrator> linked = perpetrators.forClient(clientId);
        Map<Long, PerpetratorContext> contexts = clients.readCase(clientId, em -> contexts(em, clientId));
        return linked.stream().map(p -> {
            PerpetratorContext c = contexts.get(p.perpetratorId());
            return new PerpetratorFacts(p.perpetratorId(), p.reference(), p.name(), p.relationship(),
                    c == null ? CaseExchange.Context.NONE : c.toContext(), c == null ? -1 : c.version());
        }).toList();
    }

    /**
     * Saves what the caseworker ticked about one perpetrator, made from {@code basedOn} (-1 for the first time).
     * If someone saved in between, nothing changes and the sentence says so.
     */
    public PerpetratorFacts saveContext(long clientId, long perpetratorId, long basedOn, CaseExchange.Context context) {
        if (context.priorVictims() < 0 || context.priorVictims() > 1000) {
            throw new InvalidInput(Map.of("priorVictims", "typology.invalid.priorVictims"));
        }
        if (context.notes().length() > 4000) {
            throw new InvalidInput(Map.of("notes", "risk.invalid.tooLong"));
        }
        LinkedPerpetrator linked = perpetrators.forClient(clientId).stream()
                .filter(p -> p.perpetratorId() == perpetratorId).findFirst()
                .orElseThrow(() -> new UserFacingException("typology.notLinked"));
        long version = clients.inCase(clientId, em -> {
            PerpetratorContext c = contexts(em, clientId).get(perpetratorId);
            if (c == null ? basedOn != -1 : c.version() != basedOn) {
                throw new UserFacingException("typology.changedElsewhere");
            }
            if (c == null) {
                c = new PerpetratorContext(clientId, perpetratorId);
                c.apply(context, clock.instant(), me.username());
                em.persist(c);
            } else {
                c.apply(context, clock.instant(), me.username());
            }
            em.flush();
            audit.append(em, AuditEvent.of(me.username(), AuditAction.TYPOLOGY_CONTEXT_CHANGED)
                    .about("client", clients.referenceOf(em, clientId)).withDetail("perpetrator " + linked.reference()));
            return c.version();
        });
        return new PerpetratorFacts(perpetratorId, linked.reference(), linked.name(), linked.relationship(), context,
                version);
    }

    /**
     * The case as an exchange file (docs/exchange-format.md), with what was ticked about each perpetrator: what
     * {@code casefile export} writes and what the assistant reads.
     */
    public CaseExchange exchange(long clientId) {
        String reference = clients.readCase(clientId, em -> clients.referenceOf(em, clientId));
        List<LinkedPerpetrator> linked = perpetrators.forClient(clientId);
        Map<Long, CaseExchange.Context> contexts = new HashMap<>();
        clients.readCase(clientId, em -> contexts(em, clientId))
                .forEach((id, c) -> contexts.put(id, c.toContext()));
        return ExchangeExport.from(reference, linked, contexts, incidents.inForce(clientId), clock.instant());
    }

    /**
     * Runs the rules on the case as it stands, about one perpetrator (null: the one named on most incidents).
     * Returns the kept finding: a new one, or the last one when nothing has changed since it.
     */
    public ClassificationRecord run(long clientId, Long perpetratorId) {
        CaseExchange file = exchange(clientId);
        String perpetratorRef = perpetratorId == null ? ExchangeFacts.mainPerpetrator(file)
                .map(CaseExchange.Perpetrator::reference).orElse(null) : referenceOf(clientId, perpetratorId);
        Long aboutId = perpetratorRef == null ? null : idOf(clientId, perpetratorRef);
        CaseFacts facts = ExchangeFacts.toFacts(file, perpetratorRef);
        String hash = fingerprint(file, perpetratorRef);
        TypologyFinding finding = TypologyRules.evaluate(facts);
        return clients.inCase(clientId, em -> {
            Classification last = latest(em, clientId, aboutId);
            if (last != null && last.factsHash().equals(hash)) {
                return last.toRecord(read(last.findingJson()), perpetratorRef, false);
            }
            Classification kept = new Classification(clientId, aboutId, clock.instant(), me.username(), hash,
                    facts.incidents().size(), finding, write(finding));
            em.persist(kept);
            em.flush();
            audit.append(em, AuditEvent.of(me.username(), AuditAction.TYPOLOGY_RUN)
                    .about("client", clients.referenceOf(em, clientId))
                    .withDetail(finding.primaryName() + (perpetratorRef == null ? "" : " for " + perpetratorRef)
                            + ", " + facts.incidents().size() + " incidents"));
            return kept.toRecord(finding, perpetratorRef, false);
        });
    }

    /** The rules on the case as it stands, about the perpetrator named on most incidents; nothing is kept. */
    public TypologyFinding evaluate(long clientId) {
        return TypologyRules.evaluate(ExchangeFacts.toFacts(exchange(clientId)));
    }

    /**
     * Records the caseworker's decision on a kept finding made from {@code version}. Confirming keeps the
     * finding's primary type (or undetermined); overriding needs a different type (null: undetermined) and a
     * reason.
     */
    public ClassificationRecord decide(long clientId, long classificationId, long version, Decision decision,
                                       StalkerType type, String reason) {
        return clients.inCase(clientId, em -> {
            Classification c = em.find(Classification.class, classificationId);
            if (c == null || c.clientId() != clientId) {
                throw new UserFacingException("typology.notFound");
            }
            if (c.version() != version || c.decision() != null) {
                throw new UserFacingException("typology.changedElsewhere");
            }
            String why = reason == null ? "" : reason.strip();
            StalkerType settled = type;
            if (decision == Decision.CONFIRMED) {
                settled = c.primaryType();
            } else {
                Map<String, String> problems = new HashMap<>();
                if (type == c.primaryType()) {
                    problems.put("type", "typology.invalid.sameType");
                }
                if (why.isEmpty()) {
                    problems.put("reason", "typology.invalid.reasonRequired");
                } else if (why.length() > 4000) {
                    problems.put("reason", "risk.invalid.tooLong");
                }
                if (!problems.isEmpty()) {
                    throw new InvalidInput(problems);
                }
            }
            c.decide(decision, settled, why, clock.instant(), me.username());
            em.flush();
            audit.append(em, AuditEvent.of(me.username(), AuditAction.TYPOLOGY_DECIDED)
                    .about("client", clients.referenceOf(em, clientId))
                    .withDetail(decision + " " + (settled == null ? "UNDETERMINED" : settled.name())));
            return c.toRecord(read(c.findingJson()), perpetratorReference(clientId, c.perpetratorId()), false);
        });
    }

    /** Every kept finding on the case, newest first, each marked stale when its facts have changed since. */
    public List<ClassificationRecord> history(long clientId) {
        CaseExchange file = exchange(clientId);
        Map<Long, String> references = new HashMap<>();
        perpetrators.forClient(clientId).forEach(p -> references.put(p.perpetratorId(), p.reference()));
        Map<Long, String> current = new HashMap<>();
        return clients.readCase(clientId, em -> em.createQuery(
                        "from Classification c where c.clientId = :c order by c.runAt desc, c.id desc", Classification.class)
                .setParameter("c", clientId).getResultStream().map(c -> {
                    String ref = c.perpetratorId() == null ? null : references.get(c.perpetratorId());
                    String now = current.computeIfAbsent(c.perpetratorId() == null ? -1L : c.perpetratorId(),
                            k -> fingerprint(file, ref));
                    return c.toRecord(read(c.findingJson()), ref, !now.equals(c.factsHash()));
                }).toList());
    }

    /** The findings the caseworker has confirmed or overridden, newest decision first (no staleness check). */
    public List<ClassificationRecord> decided(long clientId) {
        Map<Long, String> references = new HashMap<>();
        perpetrators.forClient(clientId).forEach(p -> references.put(p.perpetratorId(), p.reference()));
        return clients.readCase(clientId, em -> em.createQuery(
                        "from Classification c where c.clientId = :c and c.decision is not null order by c.decidedAt desc",
                        Classification.class)
                .setParameter("c", clientId).getResultStream()
                .map(c -> c.toRecord(read(c.findingJson()), c.perpetratorId() == null ? null
                        : references.get(c.perpetratorId()), false)).toList());
    }

    private String referenceOf(long clientId, long perpetratorId) {
        return perpetratorReference(clientId, perpetratorId);
    }

    private String perpetratorReference(long clientId, Long perpetratorId) {
        if (perpetratorId == null) {
            return null;
        }
        return perpetrators.forClient(clientId).stream().filter(p -> p.perpetratorId() == perpetratorId)
                .map(LinkedPerpetrator::reference).findFirst()
                .orElseThrow(() -> new UserFacingException("typology.notLinked"));
    }

    private Long idOf(long clientId, String reference) {
        return perpetrators.forClient(clientId).stream().filter(p -> p.reference().equalsIgnoreCase(reference))
                .map(LinkedPerpetrator::perpetratorId).findFirst().orElse(null);
    }

    private static Map<Long, PerpetratorContext> contexts(EntityManager em, long clientId) {
        Map<Long, PerpetratorContext> out = new HashMap<>();
        em.createQuery("from PerpetratorContext c where c.clientId = :c", PerpetratorContext.class)
                .setParameter("c", clientId).getResultStream().forEach(c -> out.put(c.perpetratorId(), c));
        return out;
    }

    private static Classification latest(EntityManager em, long clientId, Long perpetratorId) {
        return em.createQuery("""
                        from Classification c where c.clientId = :c
                        and (c.perpetratorId = :p or (c.perpetratorId is null and :p is null))
                        order by c.runAt desc, c.id desc""", Classification.class)
                .setParameter("c", clientId).setParameter("p", perpetratorId).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * What the rules read, as a fingerprint: the facts for this perpetrator written as exchange JSON without the
     * export time. Equal fingerprints mean a run would find the same.
     */
    static String fingerprint(CaseExchange file, String perpetratorRef) {
        CaseExchange timeless = new CaseExchange(file.version(), null, file.client(), file.perpetrators(), file.incidents());
        String text = ExchangeJson.toJson(timeless) + "\u0000" + (perpetratorRef == null ? "" : perpetratorRef)
                + "\u0000" + TypologyRules.all().size();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(TypologyFinding finding) {
        try {
            return JSON.writeValueAsString(finding);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a typology finding cannot be written", e);
        }
    }

    private static TypologyFinding read(String json) {
        try {
            return JSON.readValue(json, TypologyFinding.class);
        } catch (java.io.IOException e) {
            throw new UserFacingException("typology.storedUnreadable");
        }
    }
}
