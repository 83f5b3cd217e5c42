package org.casefile.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.Messages;
import org.casefile.UserFacingException;
import org.casefile.privacy.Retention;
import org.casefile.security.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Closed cases past the retention period: list them, erase one, or change the period. */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = {"List closed cases kept longer than the retention period, erase one of them with a reason,",
                "or (administrators) change the period. Supervisors and administrators only."})
final class RetentionCommand implements Callable<Integer> {
    @ParentCommand
    CasefileCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "REF",
            description = "With --erase: the reference of the case to erase.")
    String reference;

    @Option(names = "--erase", description = "Erase case REF: every record about the client goes, for good.")
    boolean erase;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the case is erased (kept on the erasure record).")
    String reason;

    @Option(names = "--confirm", paramLabel = "REF", description = "Type the reference again to confirm the erasure.")
    String confirm;

    @Option(names = "--set-years", paramLabel = "N", description = "Administrators: keep closed cases N years.")
    Integer years;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (CliSession cli = CliSession.open(root)) {
            Session s = cli.session();
            Retention retention = new Retention(s.transactions(), s.audit(), s.user(), root.clock());
            if (years != null) {
                retention.setYears(years);
                out.println(Messages.get("cli.retention.yearsSet", years));
            }
            if (erase) {
                if (reference == null || confirm == null || !confirm.strip().equalsIgnoreCase(reference.strip())) {
                    throw new UserFacingException("cli.retention.confirm");
                }
                Retention.Erased erased = retention.erase(reference, reason);
                out.println(Messages.get("cli.retention.erased", erased.reference(), erased.rows(), erased.perpetrators()));
            } else if (years == null) {
                List<Retention.Due> due = retention.due();
                out.println(Messages.get("cli.retention.heading", due.size(), retention.years()));
                for (Retention.Due d : due) {
                    out.println(Messages.get("cli.retention.line", d.reference(), d.closedOn(), d.yearsClosed()));
                }
            }
            out.flush();
            return 0;
        }
    }
}
