package org.casefile.cli;

import org.casefile.CaseServices;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.Messages;
import org.casefile.reminder.Calendar;
import org.casefile.reminder.Reminder;
import org.casefile.security.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;


/** What is due on the signed-in person's cases, as the dashboard lists it; optionally as a calendar file. */
@Command(name = "reminders", mixinStandardHelpOptions = true,
        description = {"List what is due or overdue on your open cases (risk reviews, replies from agencies,",
                "MARAC actions and meetings, repeat MARAC, orders expiring, court dates), most urgent first. --ics writes them as a calendar",
                "file that names cases by reference only."})
final class RemindersCommand implements Callable<Integer> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @ParentCommand
    CasefileCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--days", paramLabel = "N", defaultValue = "14",
            description = "How many days ahead to look (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--ics", paramLabel = "FILE", description = "Also write the due dates as an iCalendar file.")
    Path ics;

    @Override
    public Integer call() {
        if (days < 0 || days > 366) {
            throw new org.casefile.UserFacingException("cli.reminders.days");
        }
        try (CliSession cli = CliSession.open(root)) {
            Session s = cli.session();
            List<Reminder> due = CaseServices.open(s, root.clock(), org.casefile.evidence.ExhibitService.DEFAULT_MAX_BYTES,
                    root.settings().maracRepeatMonths()).reminders().due(days);
            PrintWriter out = spec.commandLine().getOut();
            for (Reminder r : due) {
                out.println(Messages.get("cli.reminders.line", DAY.format(r.due()), Messages.get(r.kind().labelKey()),
                        r.clientReference(), r.what()));
            }
            if (due.isEmpty()) {
                out.println(Messages.get("cli.reminders.none", days));
            }
            if (ics != null) {
                Calendar.write(due, ics, root.clock().instant());
                out.println(Messages.get("cli.reminders.written", due.size(), ics));
            }
            out.flush();
            return 0;
        }
    }
}
