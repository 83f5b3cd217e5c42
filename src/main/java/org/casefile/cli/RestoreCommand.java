package org.casefile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.casefile.Messages;
import org.casefile.backup.RestoreService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup into a new, empty folder (never over a store): the archive is checked "
                + "against its manifest, unpacked, opened with your password and checked whole.",
                "BACKUP is a backup file, or a backup folder to restore its newest backup.",
                "Exit status 0: restored and clean; 3: not restored (one sentence); 1: restored, problems listed."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    CasefileCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BACKUP", description = "A .cfbackup file, or a folder of them.")
    Path backup;

    @Option(names = "--into", paramLabel = "DIR", required = true, description = "A new or empty folder for the restored store.")
    Path into;

    @Override
    public Integer call() {
        String user = root.user();
        char[] password = root.passwords().read(user == null ? "Password" : "Password for " + user);
        RestoreService.Restored restored;
        try {
            restored = new RestoreService(root.clock(), root.argon2).restore(backup, into, user, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Messages.get("restore.done", restored.backup().getFileName(),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
                        .format(restored.backupMadeAt()), restored.location().directory()));
        VerifyCommand.print(restored.report(), out);
        out.println(Messages.get("restore.useIt", restored.location().directory()));
        return restored.report().clean() ? 0 : CasefileCommand.EXIT_CHECK_FAILED;
    }
}
