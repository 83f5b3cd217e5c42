package org.casefile;

import java.time.Clock;
import org.casefile.app.CasefileApp;
import org.casefile.cli.CasefileCommand;
import org.casefile.settings.Settings;
import org.casefile.store.StoreLocation;

/** No arguments: the window. Arguments: a command that runs headless on the same services. */
public final class Main {
    /** Arguments that mean no window: a subcommand, or help and version. */
    private static final java.util.Set<String> HEADLESS_WORDS =
            java.util.Set.of("audit", "backup", "restore", "verify", "demo", "export", "typology", "help", "-h", "--help", "-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        if (Boolean.getBoolean(org.casefile.app.AotTraining.PROPERTY)) {
            args = org.casefile.app.AotTraining.prepare(); // the packaging build's AOT cache training run
        }
        // Before the first logger exists: where the log goes, and a quiet console for commands.
        if (System.getProperty("casefile.logDir") == null) {
            System.setProperty("casefile.logDir", StoreLocation.userDataFolder().resolve("logs").toString());
        }
        boolean headless = java.util.Arrays.stream(args).anyMatch(HEADLESS_WORDS::contains);
        if (headless && System.getProperty("casefile.consoleLevel") == null) {
            System.setProperty("casefile.consoleLevel", "WARN");
        }
        // The language chosen in Settings (British English unless another was chosen), for words and dates alike,
        // whatever the machine's own locale: a caseworker's screen must match the user guide.
        Settings settings = Settings.load(Settings.defaultFile());
        java.util.Locale.setDefault(settings.language().locale());
        StartupClock.mark("main entered");
        CasefileCommand command = new CasefileCommand(CasefileApp::launchWindow, System.getenv(), System.console(),
                Clock.systemDefaultZone(), settings);
        int exit = CasefileCommand.commandLine(command).execute(args);
        System.exit(exit);
    }

    /** The version from the jar's manifest, or a plain word when run from classes. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
