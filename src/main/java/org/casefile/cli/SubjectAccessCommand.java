package org.casefile.cli;

import org.casefile.CaseServices;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casefile.Messages;
import org.casefile.client.ClientRecord;
import org.casefile.evidence.ExhibitService;
import org.casefile.privacy.SubjectAccess;
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
            CaseServices services = CaseServices.open(s, root.clock(), ExhibitService.DEFAULT_MAX_BYTES,
                    root.settings().maracRepeatMonths());
            ClientRecord client = services.clients().findByReference(reference);
            SubjectAccess.Written w = SubjectAccess.of(services, s.audit(), s.user(), root.clock())
                    .export(client.id(), out);
            PrintWriter console = spec.commandLine().getOut();
            console.println(Messages.get("cli.sar.written", client.reference(), w.json(), w.pdf(), w.pdfPages()));
            console.flush();
            return 0;
        }
    }
}
