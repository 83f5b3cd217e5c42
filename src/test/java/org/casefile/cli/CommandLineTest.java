package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.casefile.security.Session;
import org.casefile.security.SignIn;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.casefile.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {
    private static final String PASSWORD = "demo store passphrase";

    @TempDir
    Path dir;
    final Map<String, String> env = new HashMap<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    StoreLocation windowOpenedOn;

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CasefileCommand command = new CasefileCommand(location -> windowOpenedOn = location, env, null,
                Clock.systemUTC(), Settings.load(dir.resolve("settings.properties"))).withArgon2(TestStores.FAST);
        CommandLine cli = CasefileCommand.commandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void noCommandOpensTheWindowOnTheChosenStore() {
        assertThat(run("--store", dir.resolve("s").toString())).isZero();
        assertThat(windowOpenedOn).isEqualTo(new StoreLocation(dir.resolve("s")));
    }

    @Test
    void helpAndVersionNameTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("audit", "demo", "--store", "CASEFILE_PASSWORD");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Casefile ");
        assertThat(run("audit", "verify", "--help")).isZero();
        assertThat(out.toString()).contains("first entry whose link does not hold");
    }

    @Test
    void demoThenAuditVerifyThenTamperingIsReported() {
        String store = dir.resolve("demo").toString();
        env.put("CASEFILE_PASSWORD", PASSWORD);
        assertThat(run("demo", "--store", store, "--clients", "3")).isZero();
        assertThat(out.toString()).contains("Created a demo store", "with 5 users", "3 clients and");

        assertThat(run("audit", "verify", "--store", store, "--user", "admin")).isZero();
        assertThat(out.toString()).contains("Audit log intact");

        SignIn signIn = new SignIn(new StoreLocation(Path.of(store)), org.casefile.Entities.all(), Clock.systemUTC(),
                TestStores.FAST);
        try (Session session = signIn.unlock("admin", PASSWORD.toCharArray())) {
            session.transactions().run(em -> em.createNativeQuery(
                    "update audit_entry set actor = 'nobody' where seq = 3").executeUpdate());
        }
        assertThat(run("audit", "verify", "--store", store, "--user", "admin")).isEqualTo(1);
        assertThat(out.toString()).contains("Audit log BROKEN at entry 3", "changed after it was written");
    }

    @Test
    void aWrongPasswordGetsOneSentenceAndExitStatusThree() {
        String store = dir.resolve("demo").toString();
        env.put("CASEFILE_PASSWORD", PASSWORD);
        run("demo", "--store", store, "--clients", "0");
        env.put("CASEFILE_PASSWORD", "a wrong passphrase");
        assertThat(run("audit", "verify", "--store", store, "--user", "admin")).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString().strip()).isEqualTo("The username or password is not right. Check Caps Lock and try again.");
    }

    @Test
    void thePasswordCanComeFromAFileAndASeveralUserStoreAsksWho() throws Exception {
        String store = dir.resolve("demo").toString();
        Path file = Files.writeString(dir.resolve("pw.txt"), PASSWORD + "\n");
        assertThat(run("demo", "--store", store, "--password-file", file.toString())).isZero();
        assertThat(run("audit", "verify", "--store", store, "--password-file", file.toString()))
                .isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("--user NAME");
        assertThat(run("audit", "verify", "--store", store, "--user", "admin", "--password-file", file.toString())).isZero();
    }

    @Test
    void commandsOnAMissingStoreOrWithoutAPasswordSaySo() {
        assertThat(run("audit", "verify", "--store", dir.resolve("nothing").toString())).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("There is no Casefile store in");
        assertThat(run("demo", "--store", dir.resolve("d").toString())).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("No password given");
        assertThat(new StoreLocation(dir.resolve("d")).state()).isEqualTo(StoreLocation.State.NEW);
    }

    @Test
    void demoRefusesToOverwriteAStore() {
        String store = dir.resolve("demo").toString();
        env.put("CASEFILE_PASSWORD", PASSWORD);
        assertThat(run("demo", "--store", store)).isZero();
        assertThat(run("demo", "--store", store)).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("already exists");
    }
}
