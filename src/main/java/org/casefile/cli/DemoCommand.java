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
import org.casefile.security.User;
import org.casefile.demo.DemoData;
import java.util.List;
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
                "Signs in as 'admin' with the password given; the demo team shares that password.",
                "Every person in it is made up; phone numbers come from the range kept for drama."})
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    CasefileCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "50",
            description = "How many synthetic clients to create (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--incidents-per-client", paramLabel = "N", defaultValue = "12",
            description = "Incidents per client on average: histories vary from half to one and a half times N, "
                    + "and about one in four escalates (default ${DEFAULT-VALUE}).")
    int incidentsPerClient;

    @Option(names = "--heavy-clients", paramLabel = "N", defaultValue = "-1",
            description = "How many clients (spread through the store) get a long history of --heavy-incidents "
                    + "incidents, for measuring the largest cases (default: one in a thousand clients).")
    int heavyClients;

    @Option(names = "--heavy-incidents", paramLabel = "N", defaultValue = "1000",
            description = "Incidents of each long history, plus up to a tenth more (default ${DEFAULT-VALUE}).")
    int heavyIncidents;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed for the synthetic data, so a run can be repeated (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        int heavy = heavyClients >= 0 ? heavyClients : clients / 1000;
        if (clients < 0 || incidentsPerClient < 0 || heavyIncidents < 0 || heavy > clients) {
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
            long started = System.nanoTime();
            DemoTeam team = DemoTeam.create(session, password, seed, clients);
            List<User> caseworkers = session.users().all().stream().filter(u -> u.role() == Role.CASEWORKER).toList();
            int every = Math.max(1, clients / 20);
            DemoData.Size size = new DemoData.Size(clients, incidentsPerClient, heavy, heavyIncidents);
            DemoData.Created made = new DemoData(seed, root.clock()).create(session, caseworkers, size, done -> {
                if (done % every == 0 && done < clients) {
                    out.println(Messages.get("cli.demo.progress", done, clients,
                            (System.nanoTime() - started) / 1_000_000_000.0));
                    out.flush();
                }
            });
            session.audit().record(AuditEvent.of(session.user().username(), AuditAction.DEMO_DATA_CREATED)
                    .withDetail("seed " + seed + ", " + team.size() + " users, " + made.clients() + " clients"));
            out.println(Messages.get("cli.demo.created", location.directory(), team.size() + 1));
            team.usernames().forEach(name -> out.println("  " + name));
            out.println(Messages.get("cli.demo.records", made.clients(), made.perpetrators(), made.sharedPerpetrators(),
                    (System.nanoTime() - started) / 1_000_000_000.0));
            out.println(Messages.get("cli.demo.incidents", made.incidents(), made.exhibits()));
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
