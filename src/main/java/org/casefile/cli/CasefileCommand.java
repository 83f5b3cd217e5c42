package org.casefile.cli;

import java.io.Console;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.casefile.Entities;
import org.casefile.Messages;
import org.casefile.SafeLog;
import org.casefile.UserFacingException;
import org.casefile.security.SignIn;
import org.casefile.settings.Settings;
import org.casefile.store.Argon2Params;
import org.casefile.store.Database;
import org.casefile.store.StoreLocation;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code casefile}: with no command it opens the window; with one it runs headless on the same services. */
@Command(name = "casefile",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Encrypted case files for stalking advocacy casework.",
                "With no command, opens the Casefile window."},
        footer = {"", "The password comes from --password-file, the CASEFILE_PASSWORD variable, or a prompt."},
        subcommands = {AuditCommand.class, BackupCommand.class, BundleCommand.class, DemoCommand.class, ExportCommand.class,
                ImportCommand.class, TypologyCommand.class, ReferralCommand.class, RemindersCommand.class,
                SubjectAccessCommand.class, RetentionCommand.class, RestoreCommand.class, VerifyCommand.class, MigrateToPostgresqlCommand.class, CommandLine.HelpCommand.class})
public final class CasefileCommand implements Callable<Integer> {
    /** A check found something wrong (a broken audit chain, a damaged exhibit): as `audit verify` has always said. */
    public static final int EXIT_CHECK_FAILED = 1;
    public static final int EXIT_PROBLEM = 3;
    public static final int EXIT_FAILURE = 4;

    @Option(names = "--store", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The store folder (default: the setting, else ${sys:casefile.defaultStore}).")
    Path store;

    @Option(names = "--database", paramLabel = "ADDRESS", scope = ScopeType.INHERIT,
            description = {"A team's store on a PostgreSQL server: postgresql://[USER@]HOST[:PORT]/NAME "
                    + "(default: the database setting, else the store folder). The server password comes from "
                    + "PGPASSWORD or ~/.pgpass."})
    String database;

    @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Who signs in (default: the only user, if there is one).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Read the password from the first line of FILE.")
    Path passwordFile;

    private final Consumer<Database> openWindow;
    private final Map<String, String> env;
    private final Console console;
    private final Clock clock;
    private final Settings settings;
    Argon2Params argon2 = Argon2Params.DEFAULT;

    public CasefileCommand(Consumer<Database> openWindow, Map<String, String> env, Console console, Clock clock,
                           Settings settings) {
        this.openWindow = openWindow;
        this.env = env;
        this.console = console;
        this.clock = clock;
        this.settings = settings;
    }

    /** A ready command line with Casefile's error handling: a sentence for problems, no stack traces. */
    public static CommandLine commandLine(CasefileCommand command) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof UserFacingException problem) {
                line.getErr().println(problem.getMessage());
                return EXIT_PROBLEM;
            }
            LoggerFactory.getLogger(CasefileCommand.class).error("command failed: {}", SafeLog.describe(e));
            line.getErr().println(Messages.get("cli.unexpected"));
            return EXIT_FAILURE;
        });
        return cli;
    }

    /** For tests: a cheaper key derivation for stores the test creates. */
    public CasefileCommand withArgon2(Argon2Params params) {
        this.argon2 = params;
        return this;
    }

    @Override
    public Integer call() {
        openWindow.accept(database());
        return 0;
    }

    /**
     * The store this command works on: {@code --database}, else {@code --store}, else the settings' database
     * address, else the settings' store folder, else the default folder.
     */
    Database database() {
        if (database != null && !database.isBlank()) {
            return Database.isServerAddress(database)
                    ? Database.server(database, StoreLocation.userDataFolder())
                    : Database.embedded(Path.of(database.strip()));
        }
        if (store == null && settings.databaseAddress().isPresent()) {
            return Database.server(settings.databaseAddress().get(), StoreLocation.userDataFolder());
        }
        return new Database.Embedded(location());
    }

    StoreLocation location() {
        if (database != null && !database.isBlank()) {
            return database().location();
        }
        return embeddedLocation();
    }

    /** The store folder on this computer, whatever {@code --database} says: the source of a copy to a server. */
    StoreLocation embeddedLocation() {
        if (store != null) {
            return new StoreLocation(store);
        }
        return settings.storeDirectory().map(StoreLocation::new).orElseGet(StoreLocation::defaultLocation);
    }

    SignIn signIn() {
        return new SignIn(database(), Entities.all(), clock, argon2);
    }

    PasswordSource passwords() {
        return new PasswordSource(passwordFile, env, console);
    }

    Clock clock() {
        return clock;
    }

    Settings settings() {
        return settings;
    }

    String user() {
        if (user != null && !user.isBlank()) {
            return user;
        }
        String fromEnv = env.get("CASEFILE_USER");
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv;
    }

    static {
        // Shown in the help text.
        System.setProperty("casefile.defaultStore", StoreLocation.defaultLocation().directory().toString());
    }
}
