package org.casefile.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.Callable;
import org.casefile.Messages;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditVerification;
import org.casefile.security.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "audit", description = "Check the audit log.", subcommands = AuditCommand.Verify.class)
final class AuditCommand {
    @ParentCommand
    CasefileCommand root;

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walk the whole audit chain and report the first entry whose link does not hold.",
                    "Exit status 0: intact; 1: broken."})
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CliSession cli = CliSession.open(audit.root)) {
                Session session = cli.session();
                AuditVerification result = session.audit().verify();
                if (result.intact()) {
                    out.println(Messages.get("cli.audit.intact", result.entriesChecked()));
                } else {
                    String when = result.brokenEntryTime() == null ? "-"
                            : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                                    .withZone(ZoneId.systemDefault()).format(result.brokenEntryTime());
                    out.println(Messages.get("cli.audit.broken", result.brokenAt(), when,
                            Messages.get(result.reasonKey()), result.entriesChecked()));
                }
                session.audit().record(AuditEvent.of(session.user().username(), AuditAction.AUDIT_VERIFIED)
                        .withDetail(result.intact() ? "intact, " + result.entriesChecked() + " entries"
                                : "broken at entry " + result.brokenAt()));
                return result.intact() ? 0 : 1;
            }
        }
    }
}
