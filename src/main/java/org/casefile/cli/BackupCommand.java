package org.casefile.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casefile.Messages;
import org.casefile.backup.BackupResult;
import org.casefile.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Make an encrypted backup of the store, then keep this store's newest N backups in the folder.",
                "The backup holds the encrypted database, the key ring and a manifest of SHA-256 hashes."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    CasefileCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "DIR",
            description = "The backup folder (default: the setting, else a casefile-backups folder beside the store).")
    Path to;

    @Option(names = "--keep", paramLabel = "N", description = "How many of this store's backups to keep (default: the setting, 7).")
    Integer keep;

    @Override
    public Integer call() {
        try (CliSession cli = CliSession.open(root)) {
            Path folder = to != null ? to : root.settings().backupFolder(cli.session().location().directory());
            BackupResult result = new BackupService(cli.session(), root.clock())
                    .backup(folder, keep != null ? keep : root.settings().backupKeep());
            spec.commandLine().getOut().println(Messages.get("backup.made", result.file(),
                    result.sizeBytes() / (1024.0 * 1024.0), result.removed().size()));
            return 0;
        }
    }
}
