package org.casefile;

import java.time.Clock;
import org.casefile.app.CasefileApp;
import org.casefile.cli.CasefileCommand;
import org.casefile.settings.Settings;
import org.casefile.store.StoreLocation;

/** No arguments: the window. Arguments: a command that runs headless on the same services. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Before the first logger exists: where the log goes, and a quiet console for commands.
        if (System.getProperty("casefile.logDir") == null) {
            System.setProperty("casefile.logDir", StoreLocation.userDataFolder().resolve("logs").toString());
        }
        if (args.length > 0 && System.getProperty("casefile.consoleLevel") == null) {
            System.setProperty("casefile.consoleLevel", "WARN");
        }
        StartupClock.mark("main entered");
        CasefileCommand command = new CasefileCommand(CasefileApp::launchWindow, System.getenv(), System.console(),
                Clock.systemDefaultZone(), Settings.load(Settings.defaultFile()));
        int exit = CasefileCommand.commandLine(command).execute(args);
        System.exit(exit);
    }

    /** The version from the jar's manifest, or a plain word when run from classes. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
