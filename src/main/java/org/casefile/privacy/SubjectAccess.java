package org.casefile.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefile.UserFacingException;
import org.casefile.bundle.BundleKind;
import org.casefile.bundle.BundleProgress;
import org.casefile.bundle.BundleRequest;
import org.casefile.bundle.BundleResult;
import org.casefile.bundle.BundleService;
import org.casefile.bundle.Numbering;
import org.casefile.bundle.RedactionProfile;
import org.casefile.bundle.SectionKind;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.incident.IncidentService;
import org.casefile.order.OrderService;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.referral.ReferralService;
import org.casefile.risk.RiskService;
import org.casefile.risk.TypologyService;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditLog;
import org.casefile.security.Role;
import org.casefile.security.User;

/**
 * A subject access export: everything Casefile holds about a client, as JSON (every field, every version, every
 * step, and the audit entries about the record) and as a readable PDF made with the bundle code without
 * redaction (it is the client's own data). Perpetrators appear by reference and relationship only: their
 * personal details are someone else's data. Only supervisors and administrators may make one; it is audited.
 */
public final class SubjectAccess {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final ClientService clients;
    private final PerpetratorService perpetrators;
    private final IncidentService incidents;
    private final ExhibitService exhibits;
    private final RiskService risk;
    private final TypologyService typology;
    private final ReferralService referrals;
    private final OrderService orders;
    private final BundleService bundles;
    private final AuditLog audit;
    private final User me;
    private final Clock clock;

    public SubjectAccess(ClientService clients, PerpetratorService perpetrators, IncidentService incidents,
                         ExhibitService exhibits, RiskService risk, TypologyService typology, ReferralService referrals,
                         OrderService orders, BundleService bundles, AuditLog audit, User me, Clock clock) {
        this.clients = clients;
        this.perpetrators = perpetrators;
        this.incidents = incidents;
        this.exhibits = exhibits;
        this.risk = risk;
        this.typology = typology;
        this.referrals = referrals;
        this.orders = orders;
        this.bundles = bundles;
        this.audit = audit;
        this.me = me;
        this.clock = clock;
    }

    /** The export over a signed-in person's case services. */
    public static SubjectAccess of(org.casefile.CaseServices s, AuditLog audit, User me, Clock clock) {
        return new SubjectAccess(s.clients(), s.perpetrators(), s.incidents(), s.exhibits(), s.risk(), s.typology(),
                s.referrals(), s.orders(), s.bundles(), audit, me, clock);
    }

    /** What was written. */
    public record Written(Path json, Path pdf, int pdfPages) {
    }

    /** Writes REF-subject-access.json and .pdf into {@code folder} (each whole or not at all). */
    public Written export(long clientId, Path folder) {
        if (me.role() == Role.CASEWORKER) {
            throw new UserFacingException("privacy.sar.supervisorsOnly");
        }
        ClientRecord client = clients.open(clientId);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("format", "casefile-subject-access");
        all.put("version", 1);
        all.put("madeAt", clock.instant());
        all.put("madeBy", me.username());
        all.put("client", client);
        all.put("recordChanges", clients.history(clientId));
        List<Map<String, Object>> people = new ArrayList<>();
        perpetrators.forClient(clientId).forEach(p -> people.add(Map.of("reference", p.reference(),
                "relationship", p.relationship().name())));
        all.put("perpetrators", people);
        var incidentRecords = incidents.records(clientId);
        all.put("incidents", incidentRecords);
        List<Object> evidence = new ArrayList<>();
        List<String> exhibitIds = new ArrayList<>();
        for (ExhibitSummary e : exhibits.forClient(clientId)) {
            evidence.add(exhibits.open(e.id()));
            exhibitIds.add(Long.toString(e.id()));
        }
        all.put("evidence", evidence);
        all.put("risk", risk.overview(clientId));
        all.put("typology", typology.history(clientId));
        all.put("referrals", referrals.forClient(clientId));
        all.put("consents", referrals.consents(clientId));
        all.put("decisionsToShareWithoutConsent", referrals.decisions(clientId));
        all.put("orders", orders.list(clientId));
        all.put("auditEntries", audit.about(Map.of("client", List.of(client.reference()),
                "incident", incidentRecords.stream().map(i -> Long.toString(i.id())).toList(), "exhibit", exhibitIds)));

        Path json = folder.resolve(client.reference() + "-subject-access.json");
        Path pdf = folder.resolve(client.reference() + "-subject-access.pdf");
        Path partial = folder.resolve(json.getFileName() + ".partial");
        try {
            Files.createDirectories(folder);
            JSON.writeValue(partial.toFile(), all);
            Files.move(partial, json, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the sentence says what to do
            }
            throw new UserFacingException("privacy.sar.notWritten", folder.toString());
        }
        BundleResult made = bundles.make(new BundleRequest(clientId, BundleKind.SUMMARY, List.of(
                SectionKind.CHRONOLOGY_SUMMARY, SectionKind.CHRONOLOGY, SectionKind.ACCOUNTS, SectionKind.RISK,
                SectionKind.REFERRALS, SectionKind.ORDERS, SectionKind.MANIFEST), Numbering.CONTINUOUS,
                RedactionProfile.NONE, List.of(), null, null, Set.of(), "", pdf), BundleProgress.NONE);
        audit.record(AuditEvent.of(me.username(), AuditAction.SUBJECT_ACCESS_EXPORTED).about("client", client.reference())
                .withDetail(made.pages() + " pages and JSON"));
        return new Written(json, pdf, made.pages());
    }
}
