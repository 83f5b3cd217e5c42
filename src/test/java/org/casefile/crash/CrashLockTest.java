package org.casefile.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.casefile.Messages;
import org.casefile.UserFacingException;
import org.casefile.cli.CasefileCommand;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.casefile.store.StoreLocation;
import org.casefile.store.StoreLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The store's lock across real processes: a second Casefile is turned away with a sentence while the first holds
 * the store, and a Casefile killed with SIGKILL leaves nothing that keeps the next one out.
 */
class CrashLockTest {
    @TempDir
    Path work;
    Path dir;
    Process holder;

    @BeforeEach
    void store() {
        dir = work.resolve("store");
        TestStores.create(dir).close();
    }

    @AfterEach
    void stopHolder() throws Exception {
        if (holder != null && holder.isAlive()) {
            holder.destroyForcibly();
            holder.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSecondCasefileInAnotherProcessIsTurnedAwayWithASentence() throws Exception {
        holdInAnotherProcess();

        assertThatThrownBy(() -> StoreLock.acquire(new StoreLocation(dir)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("store.inUse"));
        // The command line says it in one sentence, with no stack trace, and changes nothing.
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = command(out, err).execute("audit", "verify", "--store", dir.toString());
        assertThat(exit).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString().strip())
                .isEqualTo(Messages.get("store.inUse", new StoreLocation(dir).directory()))
                .doesNotContain("Exception", "\tat ");

        // Once the first one closes normally, the store is free.
        holder.getOutputStream().close();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(holder.exitValue()).isZero();
        assertThat(command(out, err).execute("audit", "verify", "--store", dir.toString())).isZero();
    }

    @Test
    void aCasefileKilledWithSigkillLeavesNoLockBehind() throws Exception {
        holdInAnotherProcess();
        holder.destroyForcibly();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(holder.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        // The lock file stays on disk; only the OS lock on it mattered, and the OS dropped it with the process.
        assertThat(new StoreLocation(dir).lockFile()).exists();

        try (StoreLock lock = StoreLock.acquire(new StoreLocation(dir));
             Session session = TestStores.signIn(dir).unlock(TestStores.ADMIN, TestStores.PASSWORD.clone())) {
            assertThat(session.audit().verify().intact()).isTrue();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(command(out, err).execute("audit", "verify", "--store", dir.toString())).as(err.toString()).isZero();
    }

    private void holdInAnotherProcess() throws Exception {
        holder = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-Xmx128m",
                "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), HoldStoreLocked.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); ; line = lines.readLine()) {
            assertThat(line).as("the other process opened the store").isNotNull();
            if (line.equals("open")) {
                return;
            }
        }
    }

    private CommandLine command(StringWriter out, StringWriter err) {
        CasefileCommand command = new CasefileCommand(location -> {
        }, Map.of("CASEFILE_PASSWORD", new String(TestStores.PASSWORD)), null, Clock.systemUTC(),
                Settings.load(work.resolve("settings.properties"))).withArgon2(TestStores.FAST);
        CommandLine cli = CasefileCommand.commandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }
}
