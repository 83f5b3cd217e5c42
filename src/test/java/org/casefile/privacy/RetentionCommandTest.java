package org.casefile.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.casefile.cli.CasefileCommand;
import org.casefile.client.CaseStatus;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code casefile retention}: list, erase with a typed confirmation, change the period. */
class RetentionCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;
    final Map<String, String> env = new HashMap<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Test
    void listThenEraseWithConfirmation() {
        Path store = dir.resolve("store");
        String reference;
        try (Session session = TestStores.create(store)) {
            ClientService longAgo = new ClientService(session.transactions(), session.audit(), session.user(),
                    Clock.fixed(NOW.minus(Duration.ofDays(7 * 365 + 30)), LONDON));
            ClientRecord c = longAgo.create(ClientFixtures.named("Dora", "Longago"));
            longAgo.changeStatus(c.id(), c.version(), CaseStatus.CLOSED, "Support ended");
            reference = c.reference();
        }
        env.put("CASEFILE_PASSWORD", new String(TestStores.PASSWORD));
        String[] who = {"--store", store.toString(), "--user", TestStores.ADMIN};

        assertThat(run(who, "retention")).isZero();
        assertThat(out.toString()).contains("1 closed cases have been kept longer than the retention period (6 years)",
                reference, "7 years ago").doesNotContain("Dora", "Longago");

        assertThat(run(who, "retention", reference, "--erase", "--reason", "Past retention"))
                .isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("--confirm with the same reference again");

        assertThat(run(who, "retention", reference, "--erase", "--reason", "Past retention", "--confirm", reference))
                .isZero();
        assertThat(out.toString()).contains("Case " + reference + " is erased");

        assertThat(run(who, "retention")).isZero();
        assertThat(out.toString()).contains("0 closed cases");
    }

    private int run(String[] who, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CasefileCommand command = new CasefileCommand(location -> { }, env, null, Clock.fixed(NOW, LONDON),
                Settings.load(dir.resolve("settings.properties"))).withArgon2(TestStores.FAST);
        CommandLine cli = CasefileCommand.commandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + who.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(who, 0, all, args.length, who.length);
        return cli.execute(all);
    }
}
