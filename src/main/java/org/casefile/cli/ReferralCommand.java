package org.casefile.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.casefile.Messages;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.referral.ReferralRecord;
import org.casefile.referral.ReferralService;
import org.casefile.referral.ReferralStatus;
import org.casefile.security.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Referrals from the command line, through the same service and the same consent gate as the window. */
@Command(name = "referral", mixinStandardHelpOptions = true,
        description = "List a client's referrals, or move one on (sent, acknowledged, accepted, declined, ...).",
        subcommands = {ReferralCommand.ListReferrals.class, ReferralCommand.Move.class})
final class ReferralCommand implements Callable<Integer> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @ParentCommand
    CasefileCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static ReferralService service(CliSession cli, CasefileCommand root, ClientService clients) {
        Session s = cli.session();
        return new ReferralService(s.transactions(), clients, s.audit(), s.user(), root.clock(),
                ReferralService.DEFAULT_REPEAT_MONTHS);
    }

    static String line(ReferralRecord r) {
        return Messages.get("cli.referral.line", r.reference(), Messages.get(r.details().direction().labelKey()),
                r.agency().name(), Messages.get(r.status().labelKey()), DAY.format(r.details().referredOn()),
                r.details().responseDue() == null ? "-" : DAY.format(r.details().responseDue()));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List one client's referrals.")
    static final class ListReferrals implements Callable<Integer> {
        @ParentCommand
        ReferralCommand parent;

        @Parameters(index = "0", paramLabel = "REF", description = "The client's reference, for example C-2026-0042.")
        String reference;

        @Override
        public Integer call() {
            CasefileCommand root = parent.root;
            try (CliSession cli = CliSession.open(root)) {
                Session s = cli.session();
                ClientService clients = new ClientService(s.transactions(), s.audit(), s.user(), root.clock());
                ClientRecord client = clients.findByReference(reference);
                PrintWriter out = parent.spec.commandLine().getOut();
                for (ReferralRecord r : service(cli, root, clients).forClient(client.id())) {
                    out.println(line(r));
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true,
            description = {"Move a referral to its next status. Sending an outgoing referral needs the client's",
                    "consent for that agency, or a decision to share without consent, recorded first."})
    static final class Move implements Callable<Integer> {
        @ParentCommand
        ReferralCommand parent;

        @Parameters(index = "0", paramLabel = "REFERRAL", description = "The referral's reference, for example R-2026-0007.")
        String reference;

        @Option(names = "--to", required = true, paramLabel = "STATUS",
                description = "sent, acknowledged, accepted, declined, in-progress, closed or withdrawn.")
        String to;

        @Option(names = "--note", paramLabel = "TEXT",
                description = "A note for this step; the reason when declined, the outcome when closed.")
        String note;

        @Override
        public Integer call() {
            CasefileCommand root = parent.root;
            ReferralStatus status;
            try {
                status = ReferralStatus.valueOf(to.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new org.casefile.UserFacingException("cli.referral.unknownStatus", to);
            }
            try (CliSession cli = CliSession.open(root)) {
                Session s = cli.session();
                ClientService clients = new ClientService(s.transactions(), s.audit(), s.user(), root.clock());
                ReferralService referrals = service(cli, root, clients);
                long id = referrals.idOf(reference);
                ReferralRecord now = referrals.open(id);
                ReferralRecord moved = referrals.move(id, now.version(), status, note);
                PrintWriter out = parent.spec.commandLine().getOut();
                out.println(line(moved));
                if (!moved.basis().isEmpty() && status == ReferralStatus.SENT) {
                    out.println(Messages.get("cli.referral.basis", moved.basis()));
                }
                out.flush();
                return 0;
            }
        }
    }
}
