package org.casefile.bundle;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.Messages;
import org.casefile.chronology.ChronologyEntry;
import org.casefile.chronology.EventKind;
import org.casefile.evidence.ExhibitRecord;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.incident.EscalationSignal;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentRecord;
import org.casefile.incident.IncidentSummary;
import org.casefile.typology.FiredRule;
import org.casefile.typology.TypologyFinding;

/** Turns service records into the blocks of each section. Pure: records in, blocks out. */
public final class BundleSections {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final ZoneId zone;

    public BundleSections(ZoneId zone) {
        this.zone = zone;
    }

    /** Date, time, behaviours, what happened (with its significance) and exhibit references, oldest first. */
    public List<Block> chronology(List<ChronologyEntry> rows, Map<Long, IncidentSummary> incidents) {
        List<List<String>> table = new ArrayList<>();
        for (ChronologyEntry e : rows) {
            IncidentSummary i = e.kind() == EventKind.INCIDENT ? incidents.get(e.subjectId()) : null;
            String behaviours = i == null ? Messages.get(e.kind().labelKey())
                    : i.behaviours().stream().map(b -> Messages.get(b.labelKey())).collect(Collectors.joining("; "));
            String what = i == null ? e.event() : e.reference() + ": " + (i.summary().isBlank() ? "—" : i.summary());
            if (!e.significance().isBlank()) {
                what += " [" + e.significance() + "]";
            }
            String date = e.date().format(DATE) + (e.approximate() ? " " + Messages.get("bundle.chronology.approx") : "");
            table.add(List.of(date, e.time() == null ? "" : e.time().format(TIME), behaviours, what,
                    String.join(", ", e.exhibits())));
        }
        if (table.isEmpty()) {
            return List.of(new Block.Paragraph(Messages.get("bundle.chronology.empty")));
        }
        return List.of(new Block.Table(List.of(Messages.get("bundle.chronology.date"),
                Messages.get("bundle.chronology.time"), Messages.get("bundle.chronology.behaviours"),
                Messages.get("bundle.chronology.summary"), Messages.get("bundle.chronology.exhibits")),
                List.of(1.25f, 0.7f, 2.2f, 4.6f, 1.1f), table));
    }

    /** Each chosen incident's account as recorded (the version in force), with what was said and its effect. */
    public List<Block> accounts(List<IncidentRecord> records) {
        List<Block> blocks = new ArrayList<>();
        if (records.isEmpty()) {
            blocks.add(new Block.Paragraph(Messages.get("bundle.accounts.empty")));
        }
        for (IncidentRecord r : records) {
            IncidentDraft d = r.current().draft();
            String when = d.occurredOn().format(DATE) + (d.occurredAt() == null ? "" : " " + d.occurredAt().format(TIME));
            blocks.add(new Block.Heading(Messages.get("bundle.accounts.heading", r.number(), when)));
            List<Block.Fact> facts = new ArrayList<>();
            facts.add(new Block.Fact(Messages.get("bundle.chronology.behaviours"), d.behavioursInOrder().stream()
                    .map(b -> Messages.get(b.labelKey())).collect(Collectors.joining("; "))));
            facts.add(new Block.Fact(Messages.get("bundle.accounts.place"), Messages.get(d.place().labelKey())
                    + (d.location().isBlank() ? "" : " — " + d.location())));
            facts.add(new Block.Fact(Messages.get("bundle.accounts.description"), d.description()));
            if (!d.verbatim().isBlank()) {
                facts.add(new Block.Fact(Messages.get("bundle.accounts.verbatim"), d.verbatim()));
            }
            if (!d.impact().isBlank()) {
                facts.add(new Block.Fact(Messages.get("bundle.accounts.impact"), d.impact()));
            }
            if (!d.witnesses().isBlank()) {
                facts.add(new Block.Fact(Messages.get("bundle.accounts.witnesses"), d.witnesses()));
            }
            if (d.police().reported()) {
                facts.add(new Block.Fact(Messages.get("bundle.accounts.police"),
                        String.join(", ", List.of(d.police().force(), d.police().crimeReference()).stream()
                                .filter(s -> !s.isBlank()).toList())));
            }
            facts.add(new Block.Fact(Messages.get("bundle.accounts.recorded"), Messages.get("bundle.accounts.recordedText",
                    r.recordedBy(), WHEN.format(r.recordedAt().atZone(zone)), r.latestVersion())));
            blocks.add(new Block.Facts(facts));
        }
        return blocks;
    }

    public List<Block> exhibitsIntro(int count) {
        return List.of(new Block.Paragraph(Messages.get("bundle.exhibits.intro", count)));
    }

    /** Reference, file, size, SHA-256 and how each exhibit was received: the integrity manifest. */
    public List<Block> manifest(List<ExhibitRecord> exhibits, Instant checkedAt) {
        if (exhibits.isEmpty()) {
            return List.of(new Block.Paragraph(Messages.get("bundle.manifest.empty")));
        }
        List<List<String>> rows = new ArrayList<>();
        for (ExhibitRecord r : exhibits) {
            ExhibitSummary s = r.summary();
            String received = Messages.get("bundle.manifest.receivedText",
                    r.acquisition().fromWhom().isBlank() ? "—" : r.acquisition().fromWhom(), s.receivedBy(),
                    WHEN.format(s.receivedAt().atZone(zone)));
            rows.add(List.of(s.reference() + (s.derivedFrom().isBlank() ? ""
                    : " " + Messages.get("bundle.manifest.copyOf", s.derivedFrom())), s.fileName(), size(s.sizeBytes()),
                    halves(s.sha256()), received));
        }
        return List.of(new Block.Paragraph(Messages.get("bundle.manifest.intro", WHEN.format(checkedAt.atZone(zone)))),
                new Block.Table(List.of(Messages.get("bundle.manifest.reference"), Messages.get("bundle.manifest.file"),
                        Messages.get("bundle.manifest.size"), Messages.get("bundle.manifest.fingerprint"),
                        Messages.get("bundle.manifest.received")), List.of(0.9f, 1.6f, 0.8f, 3.7f, 2.5f), rows));
    }

    /** Every handling step of each exhibit, oldest first: the continuity chain. */
    public List<Block> continuity(List<ExhibitRecord> exhibits) {
        List<Block> blocks = new ArrayList<>();
        if (exhibits.isEmpty()) {
            blocks.add(new Block.Paragraph(Messages.get("bundle.manifest.empty")));
        }
        for (ExhibitRecord r : exhibits) {
            blocks.add(new Block.Heading(Messages.get("bundle.stamp.exhibit", r.summary().reference())
                    + " — " + r.summary().fileName()));
            List<List<String>> rows = new ArrayList<>();
            for (ExhibitRecord.CustodyEntry c : r.custody()) {
                rows.add(List.of(WHEN.format(c.at().atZone(zone)), c.actor(), Messages.get(c.action().labelKey()),
                        c.note()));
            }
            blocks.add(new Block.Table(List.of(Messages.get("bundle.continuity.when"),
                    Messages.get("bundle.continuity.who"), Messages.get("bundle.continuity.action"),
                    Messages.get("bundle.continuity.note")), List.of(1.4f, 1f, 2f, 3f), rows));
        }
        return blocks;
    }

    /** The typology finding with the notice that it is an aid to judgement, the scores and every reason. */
    public List<Block> typology(TypologyFinding f) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(Messages.get(TypologyFinding.NOTICE_KEY)));
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact(Messages.get("bundle.typology.primary"), f.primary() == null
                ? Messages.get("typology.undetermined") : Messages.get(f.primary().labelKey())));
        if (f.secondary() != null) {
            facts.add(new Block.Fact(Messages.get("bundle.typology.secondary"), Messages.get(f.secondary().labelKey())));
        }
        facts.add(new Block.Fact(Messages.get("bundle.typology.status"), Messages.get(f.statusKey())));
        facts.add(new Block.Fact(Messages.get("bundle.typology.cyber"), Messages.get(f.cyberEnabled()
                ? "bundle.yes" : "bundle.no")));
        facts.add(new Block.Fact(Messages.get("bundle.typology.scores"), f.scores().stream()
                .map(s -> Messages.get(s.type().labelKey()) + " " + s.score()).collect(Collectors.joining(", "))));
        blocks.add(new Block.Facts(facts));
        if (!f.fired().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (FiredRule r : f.fired()) {
                String evidence = r.evidence().stream().map(BundleSections::evidence).collect(Collectors.joining("; "));
                rows.add(List.of(Messages.get(r.type().labelKey()), (r.weight() > 0 ? "+" : "") + r.weight(), r.reason(),
                        evidence));
            }
            blocks.add(new Block.Table(List.of(Messages.get("bundle.typology.type"), Messages.get("bundle.typology.weight"),
                    Messages.get("bundle.typology.reason"), Messages.get("bundle.typology.evidence")),
                    List.of(1.4f, 0.9f, 3.5f, 3f), rows));
        }
        return blocks;
    }

    /** A piece of typology evidence in the caseworker's words, with the incidents it was found in. */
    static String evidence(org.casefile.typology.Evidence e) {
        String numbers = e.incidents().stream().map(String::valueOf).collect(Collectors.joining(", "));
        String text = Messages.get(e.kind().labelKey(), vocabulary(e), numbers);
        boolean namesIncidents = e.kind() == org.casefile.typology.Evidence.Kind.BEHAVIOUR;
        return namesIncidents || numbers.isEmpty() ? text : text + " (" + numbers + ")";
    }

    /** Names from the shared vocabularies read as their labels; any other detail as recorded. */
    private static String vocabulary(org.casefile.typology.Evidence e) {
        String d = e.detail();
        try {
            return switch (e.kind()) {
                case RELATIONSHIP -> Messages.get(org.casefile.perpetrator.Relationship.valueOf(d).labelKey());
                case CONTEXT -> Messages.get(org.casefile.typology.ContextFlag.valueOf(d).labelKey());
                case BEHAVIOUR -> d.equals(org.casefile.incident.BehaviourGroup.ONLINE_AND_SURVEILLANCE.name())
                        ? Messages.get(org.casefile.incident.BehaviourGroup.ONLINE_AND_SURVEILLANCE.labelKey())
                        : Messages.get(org.casefile.incident.Behaviour.valueOf(d).labelKey());
                case WARNINGS -> Messages.get(org.casefile.typology.WarningResponse.valueOf(d).labelKey());
                case MENTAL_HEALTH -> Messages.get(org.casefile.typology.MentalHealthIndicator.valueOf(d).labelKey());
                default -> d;
            };
        } catch (IllegalArgumentException notAName) {
            return d;
        }
    }

    /** The pattern at a glance: counts, first and last dates, behaviours and the escalation signals. */
    public List<Block> chronologySummary(List<IncidentSummary> incidents, List<EscalationSignal> signals) {
        List<Block> blocks = new ArrayList<>();
        if (incidents.isEmpty()) {
            blocks.add(new Block.Paragraph(Messages.get("bundle.chronology.empty")));
            return blocks;
        }
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact(Messages.get("bundle.summary.incidents"), Integer.toString(incidents.size())));
        facts.add(new Block.Fact(Messages.get("bundle.summary.first"), incidents.getFirst().occurredOn().format(DATE)));
        facts.add(new Block.Fact(Messages.get("bundle.summary.last"), incidents.getLast().occurredOn().format(DATE)));
        facts.add(new Block.Fact(Messages.get("bundle.summary.course"), Messages.get(incidents.size() >= 2
                ? "bundle.yes" : "bundle.no")));
        blocks.add(new Block.Facts(facts));
        Map<String, Long> counts = incidents.stream().flatMap(i -> i.behaviours().stream())
                .collect(Collectors.groupingBy(b -> Messages.get(b.labelKey()), java.util.LinkedHashMap::new,
                        Collectors.counting()));
        List<List<String>> rows = counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> List.of(e.getKey(), e.getValue().toString())).toList();
        blocks.add(new Block.Table(List.of(Messages.get("bundle.chronology.behaviours"),
                Messages.get("bundle.summary.count")), List.of(4f, 1f), rows));
        if (!signals.isEmpty()) {
            blocks.add(new Block.Heading(Messages.get("bundle.summary.signals")));
            List<List<String>> s = new ArrayList<>();
            for (EscalationSignal sig : signals) {
                s.add(List.of(sig.date().format(DATE), Messages.get(sig.kind().labelKey()),
                        sig.incidents().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            }
            blocks.add(new Block.Table(List.of(Messages.get("bundle.chronology.date"), Messages.get("bundle.summary.signal"),
                    Messages.get("bundle.summary.signalIncidents")), List.of(1f, 3f, 1.5f), s));
        }
        return blocks;
    }

    /** A SHA-256 as two lines of 32 hex digits, so it wraps at the same place in every row. */
    static String halves(String sha) {
        return sha.length() == 64 ? sha.substring(0, 32) + " " + sha.substring(32) : sha;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return Messages.get("bundle.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Messages.get("bundle.size.kb", Math.round(bytes / 1024.0));
        }
        return Messages.get("bundle.size.mb", String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)));
    }
}
