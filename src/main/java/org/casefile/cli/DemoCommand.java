package org.casefile.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.casefile.Messages;
import org.casefile.UserFacingException;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.NewAccount;
import org.casefile.security.Role;
import org.casefile.security.Session;
import org.casefile.store.StoreLocation;
import org.casefile.store.StoreLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A new store full of made-up people, for trying Casefile and for benchmarks. Never real details. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Create a new store with synthetic data, to try Casefile or measure it.",
                "Signs in as 'admin' with the password given; the demo team shares that password."})
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    CasefileCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "50",
            description = "How many synthetic clients to create (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed for the synthetic data, so a run can be repeated (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (clients < 0) {
            throw new UserFacingException("cli.demo.negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        StoreLocation location = root.location();
        if (location.state() != StoreLocation.State.NEW) {
            throw new UserFacingException("store.alreadyExists", location.directory());
        }
        char[] password = root.passwords().readNew("Password for the demo store", "Repeat the password");
        try (StoreLock lock = StoreLock.acquire(location);
             Session session = root.signIn().createStore(
                     new NewAccount("admin", "Demo Administrator", "DA", Role.ADMINISTRATOR), password)) {
            DemoTeam team = DemoTeam.create(session, password, seed);
            session.audit().record(AuditEvent.of(session.user().username(), AuditAction.DEMO_DATA_CREATED)
                    .withDetail("seed " + seed + ", " + team.size() + " users"));
            out.println(Messages.get("cli.demo.created", location.directory(), team.size() + 1));
            team.usernames().forEach(name -> out.println("  " + name));
            if (clients > 0) {
                out.println(Messages.get("cli.demo.clientsLater", clients));
            }
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
