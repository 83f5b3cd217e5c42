package org.casefile.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casefile.backup.StoreVerifier;
import org.casefile.backup.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the whole store: read every table, re-hash every exhibit against the SHA-256 taken "
                + "when it was received, and walk the audit chain. Prints a report naming records by reference only.",
                "Exit status 0: no problems; 1: problems found (listed)."})
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    CasefileCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (CliSession cli = CliSession.open(root)) {
            VerifyReport report = new StoreVerifier(cli.session()).verify();
            print(report, spec.commandLine().getOut());
            return report.clean() ? 0 : CasefileCommand.EXIT_CHECK_FAILED;
        }
    }

    static void print(VerifyReport report, PrintWriter out) {
        out.println(org.casefile.Messages.get("verify.counts", report.rows(), report.tables(), report.exhibits(),
                report.exhibitBytes() / (1024.0 * 1024.0), report.auditEntries()));
        if (report.clean()) {
            out.println(org.casefile.Messages.get("verify.clean"));
            return;
        }
        out.println(org.casefile.Messages.get("verify.problems", report.problems().size()));
        for (VerifyReport.Problem p : report.problems()) {
            out.println("  " + org.casefile.Messages.get(p.messageKey(), p.reference()));
        }
    }
}
