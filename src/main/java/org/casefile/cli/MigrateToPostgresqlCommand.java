package org.casefile.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casefile.Entities;
import org.casefile.Messages;
import org.casefile.UserFacingException;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditLog;
import org.casefile.security.AuditVerification;
import org.casefile.security.Session;
import org.casefile.security.SignIn;
import org.casefile.store.Database;
import org.casefile.store.KeyRing;
import org.casefile.store.Store;
import org.casefile.store.StoreCopier;
import org.casefile.store.StoreKey;
import org.casefile.store.StoreLocation;
import org.casefile.store.StoreLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "migrate-to-postgresql", mixinStandardHelpOptions = true,
        description = {"Copy this computer's store (--store, or the store setting) into an empty PostgreSQL database "
                + "(--database postgresql://HOST/NAME) for team mode, in one transaction. Exhibit bytes are encrypted "
                + "with the store key before they are sent. Then every table's row count, every exhibit's SHA-256 and "
                + "the audit chain are checked on the server. A database that already holds tables is refused. The "
                + "store on this computer is left as it was.",
                "Exit status 0: copied and checked; 1: the check found differences (listed)."})
final class MigrateToPostgresqlCommand implements Callable<Integer> {
    @ParentCommand
    CasefileCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (root.database == null || !Database.isServerAddress(root.database)) {
            throw new UserFacingException("migrate.needsDatabase");
        }
        Database.Server target = Database.server(root.database, StoreLocation.userDataFolder());
        StoreLocation source = root.embeddedLocation();
        new SignIn(source, Entities.all(), root.clock(), root.argon2).requireReady();
        PrintWriter out = spec.commandLine().getOut();
        try (StoreLock lock = StoreLock.acquire(source)) {
            KeyRing ring = KeyRing.load(source.keyRingFile());
            String user = CliSession.who(root, ring::users);
            char[] password = root.passwords().read("Password for " + user);
            try {
                Optional<StoreKey> key = ring.unlock(user, password);
                if (key.isEmpty()) {
                    throw new UserFacingException("signIn.wrong");
                }
                StoreCopier.Report report;
                try (StoreKey storeKey = key.get();
                     Store store = Store.open(source, storeKey, Entities.all())) {
                    StoreCopier copier = new StoreCopier(store, ring, storeKey, target);
                    copier.refuseIfTargetNotEmpty();
                    // Recorded first, so the copy carries it: the server's chain says where it came from.
                    new AuditLog(store.transactions(), root.clock()).record(AuditEvent.of(KeyRing.normaliseUser(user),
                            AuditAction.STORE_COPIED_TO_SERVER).withDetail(target.describe()));
                    report = copier.copyAndVerify();
                }
                out.println(Messages.get("migrate.copied", report.tables(), report.rows(), report.exhibits(),
                        target.describe()));
                if (!report.clean()) {
                    out.println(Messages.get("migrate.problems", report.problems().size()));
                    report.problems().forEach(p -> out.println("  " + p));
                    return CasefileCommand.EXIT_CHECK_FAILED;
                }
                out.println(Messages.get("migrate.matched"));
                // The key ring travelled with the store: the same password signs in on the server.
                try (Session session = new SignIn(target, Entities.all(), root.clock(), root.argon2)
                        .unlock(user, password)) {
                    AuditVerification chain = session.audit().verify();
                    if (!chain.intact()) {
                        out.println(Messages.get("migrate.chainBroken", chain.brokenAt()));
                        return CasefileCommand.EXIT_CHECK_FAILED;
                    }
                    out.println(Messages.get("migrate.verified", chain.entriesChecked()));
                }
                out.println(Messages.get("migrate.next", target.describe()));
                return 0;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }
}
