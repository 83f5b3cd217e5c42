package org.casefile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.Messages;
import org.casefile.bundle.BundleService;
import org.casefile.bundle.CaseMaracSources;
import org.casefile.chronology.CaseLogRows;
import org.casefile.chronology.ChronologyService;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.evidence.ExhibitService;
import org.casefile.incident.IncidentService;
import org.casefile.order.OrderService;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.privacy.SubjectAccess;
import org.casefile.referral.ReferralService;
import org.casefile.risk.RiskService;
import org.casefile.risk.TypologyService;
import org.casefile.security.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A subject access export of one client, for supervisors and administrators. */
@Command(name = "subject-access", mixinStandardHelpOptions = true,
        description = {"Write everything Casefile holds about a client as JSON and a readable PDF, for a subject",
                "access request. Perpetrators appear by reference only. Supervisors and administrators only."})
final class SubjectAccessCommand implements Callable<Integer> {
    @ParentCommand
    CasefileCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REF", description = "The client's reference, for example C-2026-0042.")
    String reference;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write the two files into.")
    Path out;

    @Override
    public Integer call() {
        try (CliSession cli = CliSession.open(root)) {
            Session s = cli.session();
            var tx = s.transactions();
            var audit = s.audit();
            var me = s.user();
            var clock = root.clock();
            ClientService clients = new ClientService(tx, audit, me, clock);
            RiskService risk = new RiskService(tx, clients, audit, me, clock);
            IncidentService incidents = new IncidentService(tx, clients, audit, me, clock);
            ExhibitService exhibits = new ExhibitService(tx, clients, audit, me, clock, ExhibitService.DEFAULT_MAX_BYTES);
            PerpetratorService perpetrators = new PerpetratorService(tx, audit, clients, me, clock);
            ReferralService referrals = new ReferralService(tx, clients, audit, me, clock,
                    root.settings().maracRepeatMonths());
            OrderService orders = new OrderService(tx, clients, perpetrators, incidents, audit, me, clock);
            TypologyService typology = new TypologyService(clients, perpetrators, incidents, audit, me, clock);
            BundleService bundles = new BundleService(clients, incidents, exhibits, new ChronologyService(
                    List.of(new CaseLogRows(incidents, exhibits, clock.getZone())), clients, audit, me), perpetrators,
                    new CaseMaracSources(risk, referrals, orders, typology), audit, me, clock);
            ClientRecord client = clients.findByReference(reference);
            SubjectAccess.Written w = new SubjectAccess(clients, perpetrators, incidents, exhibits, risk, typology,
                    referrals, orders, bundles, audit, me, clock).export(client.id(), out);
            PrintWriter console = spec.commandLine().getOut();
            console.println(Messages.get("cli.sar.written", client.reference(), w.json(), w.pdf(), w.pdfPages()));
            console.flush();
            return 0;
        }
    }
}
