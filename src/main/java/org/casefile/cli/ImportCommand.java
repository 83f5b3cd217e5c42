package org.casefile.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.casefile.Messages;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.evidence.ExhibitService;
import org.casefile.importing.DateOrder;
import org.casefile.importing.ImportFormat;
import org.casefile.importing.ImportOptions;
import org.casefile.importing.ImportPreview;
import org.casefile.importing.ImportResult;
import org.casefile.importing.ImportService;
import org.casefile.importing.ParsedFile;
import org.casefile.importing.Proposal;
import org.casefile.importing.Proposer;
import org.casefile.incident.Behaviour;
import org.casefile.incident.IncidentService;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.security.Session;
import org.casefile.settings.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads a client's own export and records the proposed incidents, or with --dry-run only says what it would do. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a client's own messages: a WhatsApp chat (.txt or .zip), an SMS Backup & Restore file,",
                "emails (.eml, .mbox) or a CSV diary. The original is stored as an exhibit first; each incident",
                "links back to it. Messages from the client's linked perpetrators are recorded; with --dry-run",
                "nothing is stored and the proposals are printed."})
final class ImportCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    CasefileCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--client", required = true, paramLabel = "REF", description = "The client's reference.")
    String client;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "whatsapp, sms-xml, eml, mbox or csv (default: recognised from the content).")
    String format;

    @Option(names = "--date-order", paramLabel = "ORDER",
            description = "day-first or month-first, for chats whose dates read either way (default: inferred).")
    String dateOrder;

    @Option(names = "--gap", paramLabel = "MINUTES", defaultValue = "60",
            description = "Messages further apart than this start a new incident (default ${DEFAULT-VALUE}).")
    long gapMinutes;

    @Option(names = "--columns", paramLabel = "ROLE=HEADING,...", split = ",",
            description = "For a CSV diary: which heading holds what, e.g. date=Dag,time=Uur,what=Gebeurtenis,"
                    + "where=Plek,witnesses=Getuigen (default: found by heading).")
    java.util.Map<String, String> columns;

    @Option(names = "--dry-run", description = "Read and propose only; store nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the summary as a JSON object.")
    boolean json;

    @Override
    public Integer call() {
        ImportOptions options = ImportOptions.defaults().withZone(root.clock().getZone());
        if (format != null) {
            options = options.withFormat(ImportFormat.fromCliName(format));
        }
        if (dateOrder != null) {
            options = options.withDateOrder(switch (dateOrder.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "day-first" -> DateOrder.DAY_FIRST;
                case "month-first" -> DateOrder.MONTH_FIRST;
                default -> throw new org.casefile.UserFacingException("cli.import.badDateOrder");
            });
        }
        if (columns != null) {
            for (String role : columns.keySet()) {
                if (!java.util.Set.of("date", "time", "what", "where", "witnesses").contains(role)) {
                    throw new org.casefile.UserFacingException("cli.import.badColumn", role);
                }
            }
            options = options.withCsvMapping(new org.casefile.importing.CsvMapping(columns.get("date"),
                    columns.get("time"), columns.get("what"), columns.get("where"), columns.get("witnesses")));
        }
        try (CliSession cli = CliSession.open(root)) {
            Session session = cli.session();
            var tx = session.transactions();
            var audit = session.audit();
            var me = session.user();
            ClientService clients = new ClientService(tx, audit, me, root.clock());
            PerpetratorService perpetrators = new PerpetratorService(tx, audit, clients, me, root.clock());
            IncidentService incidents = new IncidentService(tx, clients, audit, me, root.clock());
            ExhibitService exhibits = new ExhibitService(tx, clients, audit, me, root.clock(),
                    Settings.DEFAULT_MAX_EXHIBIT_MEGABYTES * 1024L * 1024L);
            ImportService imports = new ImportService(incidents, exhibits, perpetrators, root.clock());
            ClientRecord record = clients.findByReference(client);
            ImportPreview preview = imports.preview(record.id(), file, options,
                    java.time.Duration.ofMinutes(Math.max(1, gapMinutes)));
            ImportResult result = dryRun ? null : imports.confirm(record.id(), file, preview, me.initials());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(json(preview, result));
            } else {
                text(out, preview, result);
            }
            out.flush();
            return 0;
        }
    }

    private static void text(PrintWriter out, ImportPreview preview, ImportResult result) {
        ParsedFile p = preview.parsed();
        out.println(Messages.get("cli.import.read", p.messages().size(), Messages.get(p.format().labelKey()),
                preview.sha256()));
        out.println(Messages.get("cli.import.dateOrder", Messages.get(p.dateOrder().labelKey())));
        out.println(Messages.get("cli.import.senders", String.join(", ", p.senders())));
        out.println(Messages.get("cli.import.span", p.first().map(WHEN::format).orElse(""),
                p.last().map(WHEN::format).orElse("")));
        long included = preview.proposals().stream().filter(Proposal::include).count();
        out.println(Messages.get("cli.import.proposals", preview.proposals().size(), included));
        int n = 0;
        for (Proposal q : preview.proposals()) {
            n++;
            out.println(Messages.get("cli.import.proposal", n, q.include() ? "+" : "-", WHEN.format(q.start()),
                    WHEN.format(q.end()), q.party(), q.messages().size(), behaviours(q),
                    q.duplicateOf().isEmpty() ? "" : Messages.get("cli.import.duplicate",
                            q.duplicateOf().stream().map(String::valueOf).collect(Collectors.joining(", ")))));
        }
        if (result == null) {
            out.println(Messages.get("cli.import.dryRun"));
        } else {
            out.println(Messages.get("cli.import.done", result.exhibitReference(), result.incidentIds().size(),
                    result.attachmentReferences().size()));
        }
    }

    private static String behaviours(Proposal q) {
        return q.behavioursInOrder().stream().map(Behaviour::name).collect(Collectors.joining(","));
    }

    private static String json(ImportPreview preview, ImportResult result) {
        ParsedFile p = preview.parsed();
        ObjectNode o = JSON.createObjectNode();
        o.put("file", preview.fileName());
        o.put("sha256", preview.sha256());
        o.put("format", p.format().cliName());
        o.put("dateOrder", p.dateOrder().name());
        o.put("messages", p.messages().size());
        ArrayNode senders = o.putArray("senders");
        p.senders().forEach(senders::add);
        o.put("first", p.first().map(WHEN::format).orElse(null));
        o.put("last", p.last().map(WHEN::format).orElse(null));
        ArrayNode proposals = o.putArray("proposals");
        for (Proposal q : preview.proposals()) {
            ObjectNode j = proposals.addObject();
            j.put("include", q.include());
            j.put("start", WHEN.format(q.start()));
            j.put("end", WHEN.format(q.end()));
            j.put("party", q.party());
            if (q.perpetratorId() != null) {
                j.put("perpetratorId", q.perpetratorId());
            }
            j.put("messages", q.messages().size());
            j.put("firstLine", q.firstPosition());
            j.put("lastLine", q.lastPosition());
            ArrayNode b = j.putArray("behaviours");
            q.behavioursInOrder().forEach(x -> b.add(x.name()));
            j.put("channel", q.channel().name());
            ArrayNode d = j.putArray("duplicateOf");
            q.duplicateOf().forEach(d::add);
            ArrayNode w = j.putArray("warnings");
            q.warnings().forEach(w::add);
        }
        o.put("dryRun", result == null);
        if (result != null) {
            o.put("exhibit", result.exhibitReference());
            o.put("incidentsRecorded", result.incidentIds().size());
            ArrayNode a = o.putArray("attachmentExhibits");
            result.attachmentReferences().forEach(a::add);
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
