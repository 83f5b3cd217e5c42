package org.casefile.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casefile.InvalidInput;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.evidence.Intake;
import org.casefile.incident.ImportLink;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentRules;
import org.casefile.incident.IncidentService;
import org.casefile.perpetrator.LinkedPerpetrator;
import org.casefile.perpetrator.PerpetratorDraft;
import org.casefile.perpetrator.PerpetratorService;

/**
 * Imports a client's own files. {@link #preview} hashes the file before anything else reads it, parses it and
 * proposes incidents, storing nothing. {@link #confirm} checks every chosen proposal first, then stores the
 * original file as an exhibit (hashed again on the way in, and refused if it no longer matches what was
 * reviewed), then the files the messages carried, then records every chosen incident in one transaction, each
 * linked to the original and to the lines it came from. If recording fails, no incident is saved; the original
 * stays in the evidence, where it belongs whatever happens next.
 */
public final class ImportService {
    private final IncidentService incidents;
    private final ExhibitService exhibits;
    private final PerpetratorService perpetrators;
    private final Clock clock;

    public ImportService(IncidentService incidents, ExhibitService exhibits, PerpetratorService perpetrators,
                         Clock clock) {
        this.incidents = incidents;
        this.exhibits = exhibits;
        this.perpetrators = perpetrators;
        this.clock = clock;
    }

    /** The column headings of a CSV diary, for the caseworker to say which holds what. */
    public List<String> csvHeaders(Path file) {
        return CsvDiaryParser.headers(ImportInput.of(file));
    }

    /** The perpetrators linked to the client, to choose from on a proposal. */
    public List<LinkedPerpetrator> linkedPerpetrators(long clientId) {
        return perpetrators.forClient(clientId);
    }

    /** The perpetrators linked to the client, as the identifiers an import matches senders against. */
    public List<PartyIdentifiers> identifiers(long clientId) {
        List<PartyIdentifiers> out = new ArrayList<>();
        for (LinkedPerpetrator p : perpetrators.forClient(clientId)) {
            PerpetratorDraft d = perpetrators.open(p.perpetratorId()).details();
            List<String> names = new ArrayList<>(d.aliases());
            if (!d.fullName().isEmpty()) {
                names.add(d.fullName());
            }
            out.add(PartyIdentifiers.of(p.perpetratorId(), p.name(), names, d.phones(), d.onlineAccounts()));
        }
        return out;
    }

    /** Reads a file and proposes incidents. Stores nothing. */
    public ImportPreview preview(long clientId, Path file, ImportOptions options, Duration gap) {
        ImportInput input = ImportInput.of(file);
        long size = input.size();
        if (size > exhibits.maxBytes()) {
            throw new ImportProblem("import.tooLarge", exhibits.maxBytes() / (1024 * 1024));
        }
        String sha = sha256(file);
        ParsedFile parsed = Importers.parse(input, options);
        List<PartyIdentifiers> who = identifiers(clientId);
        LocalDate from = parsed.first().orElseThrow().toLocalDate();
        LocalDate to = parsed.last().orElseThrow().toLocalDate();
        List<ExistingIncident> existing = incidents.wordsBetween(clientId, from, to).stream()
                .map(w -> new ExistingIncident(w.id(), w.number(), w.day(), w.words())).toList();
        List<Proposal> proposals = Proposer.propose(parsed, who, gap, existing, LocalDate.now(clock));
        return new ImportPreview(file.getFileName().toString(), size, sha, parsed, proposals);
    }

    /**
     * Stores the original and records the included proposals. Every check that can fail on what the caseworker
     * chose runs before anything is stored.
     *
     * @param initials the initials of the person producing the exhibit (their references read JS/4)
     */
    public ImportResult confirm(long clientId, Path file, ImportPreview preview, String initials) {
        List<Proposal> chosen = preview.proposals().stream().filter(Proposal::include).toList();
        Set<Long> linked = perpetrators.forClient(clientId).stream().map(LinkedPerpetrator::perpetratorId)
                .collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < chosen.size(); i++) {
            Proposal p = chosen.get(i);
            if (!p.ready()) {
                throw new ImportProblem("import.confirm.notReady", p.firstPosition());
            }
            if (p.perpetratorId() != null && !linked.contains(p.perpetratorId())) {
                throw new ImportProblem("import.confirm.notLinked", p.firstPosition());
            }
            Map<String, String> problems = IncidentRules.problems(Transcript.draft(p, preview.parsed().format(),
                    "XX/0"), today);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
        if (!sha256(file).equals(preview.sha256())) {
            throw new ImportProblem("import.confirm.changed");
        }
        // The original first: hashed as it goes into the store, before any incident is made from it.
        ExhibitSummary original = exhibits.receive(clientId, file, new Intake(initials, null,
                new Acquisition("", org.casefile.Messages.get("import.exhibit.how"), ""),
                org.casefile.Messages.get("import.exhibit.description", org.casefile.Messages.get(
                        preview.parsed().format().labelKey()), preview.parsed().messages().size())));
        if (!original.sha256().equals(preview.sha256())) {
            throw new ImportProblem("import.confirm.changed");
        }
        List<String> attachmentRefs = new ArrayList<>();
        Map<Attachment, String> seen = new LinkedHashMap<>();
        for (Proposal p : chosen) {
            for (ImportedMessage m : p.messages()) {
                for (Attachment a : m.attachments()) {
                    if (a.present() && a.bytes().length > 0 && !seen.containsKey(a)) {
                        ExhibitSummary stored = exhibits.receive(clientId, a.name(), a.bytes(), new Intake(initials,
                                null, Acquisition.NONE, org.casefile.Messages.get("import.exhibit.attachment",
                                original.reference(), m.position())));
                        seen.put(a, stored.reference());
                        attachmentRefs.add(stored.reference());
                    }
                }
            }
        }
        List<IncidentDraft> drafts = new ArrayList<>();
        List<ImportLink> links = new ArrayList<>();
        for (Proposal p : chosen) {
            drafts.add(Transcript.draft(p, preview.parsed().format(), original.reference()));
            links.add(new ImportLink(original.id(), p.firstPosition(), p.lastPosition()));
        }
        List<Long> ids = drafts.isEmpty() ? List.of() : incidents.recordAll(clientId, drafts, links);
        return new ImportResult(original.id(), original.reference(), attachmentRefs, ids);
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new ImportProblem("import.unreadable");
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
