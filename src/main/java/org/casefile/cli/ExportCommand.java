package org.casefile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casefile.Messages;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.exchange.CaseExchange;
import org.casefile.exchange.ExchangeJson;
import org.casefile.incident.IncidentService;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.risk.TypologyService;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes one case in the exchange format, through the same services (and restriction checks) as the window. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export one case as a case exchange file (docs/exchange-format.md).",
                "It holds references, relationships and the incident log with the words used; no names,",
                "addresses, phone numbers or impact statements. The export is recorded in the audit log."})
final class ExportCommand implements Callable<Integer> {
    enum Format { json }

    @ParentCommand
    CasefileCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REF", description = "The client's reference, for example C-2026-0042.")
    String reference;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "The file format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        try (CliSession cli = CliSession.open(root)) {
            Session session = cli.session();
            var tx = session.transactions();
            var audit = session.audit();
            var me = session.user();
            ClientService clients = new ClientService(tx, audit, me, root.clock());
            PerpetratorService perpetrators = new PerpetratorService(tx, audit, clients, me, root.clock());
            IncidentService incidents = new IncidentService(tx, clients, audit, me, root.clock());

            TypologyService typology = new TypologyService(clients, perpetrators, incidents, audit, me, root.clock());

            ClientRecord client = clients.findByReference(reference);
            CaseExchange exchange = typology.exchange(client.id());
            int count = exchange.incidents().size();
            PrintWriter console = spec.commandLine().getOut();
            if (out == null) {
                console.print(ExchangeJson.toJson(exchange));
            } else {
                ExchangeJson.write(exchange, out);
            }
            audit.record(AuditEvent.of(me.username(), AuditAction.CASE_EXPORTED).about("client", client.reference())
                    .withDetail(format + ", " + count + " incidents, " + exchange.perpetrators().size()
                            + " perpetrators, " + (out == null ? "to standard output" : "to a file")));
            if (out != null) {
                console.println(Messages.get("cli.export.written", client.reference(), count, out));
            }
            console.flush();
            return 0;
        }
    }
}
