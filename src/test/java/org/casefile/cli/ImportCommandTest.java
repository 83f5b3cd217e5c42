package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientService;
import org.casefile.evidence.ExhibitService;
import org.casefile.incident.IncidentService;
import org.casefile.perpetrator.PerpetratorDraft;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.perpetrator.Relationship;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** `casefile import --dry-run` on every sample prints the right counts and first and last times. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportCommandTest {
    static final Clock LONDON = Clock.system(ZoneId.of("Europe/London"));
    @TempDir
    static Path dir;
    String reference;
    final Map<String, String> env = new HashMap<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    void store() {
        try (Session session = TestStores.create(dir.resolve("store"))) {
            ClientService clients = new ClientService(session.transactions(), session.audit(), session.user(), LONDON);
            PerpetratorService perpetrators = new PerpetratorService(session.transactions(), session.audit(), clients,
                    session.user(), LONDON);
            var lucja = clients.create(ClientFixtures.lucja());
            reference = lucja.reference();
            var dan = perpetrators.create(new PerpetratorDraft("Dan", "Ashworth", List.of(), null, "",
                    List.of("07700 900123"), List.of(), List.of(), List.of("dan.ashworth@example.org"), ""));
            perpetrators.link(lucja.id(), dan.id(), Relationship.EX_INTIMATE_PARTNER, "");
        }
        env.put("CASEFILE_PASSWORD", new String(TestStores.PASSWORD));
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CasefileCommand command = new CasefileCommand(location -> { }, env, null, LONDON,
                Settings.load(dir.resolve("settings.properties"))).withArgon2(TestStores.FAST);
        CommandLine cli = CasefileCommand.commandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    int importSample(String sample, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("import", "src/test/resources/importing/" + sample,
                "--client", reference, "--store", dir.resolve("store").toString(), "--user", TestStores.ADMIN));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @CsvSource({
            "whatsapp-android-24h.txt, whatsapp, 7, 2024-03-12 21:15:00, 2024-03-25 18:00:00, 5, 4",
            "whatsapp-android-12h-us.txt, whatsapp, 4, 2024-03-12 21:15:00, 2024-03-14 12:30:00, 3, 2",
            "whatsapp-ios.txt, whatsapp, 8, 2024-03-12 21:15:42, 2024-03-13 08:04:00, 4, 3",
            "whatsapp-ios-12h.txt, whatsapp, 3, 2024-03-12 21:15:42, 2024-03-13 00:00:01, 2, 2",
            "whatsapp-dots-ambiguous.txt, whatsapp, 5, 2024-03-01 21:15:00, 2024-04-01 09:00:00, 5, 5",
            "whatsapp-dashes-yearfirst.txt, whatsapp, 2, 2024-03-12 21:15:00, 2024-03-13 07:00:00, 2, 2",
            "whatsapp-android.zip, whatsapp, 2, 2024-03-12 21:15:00, 2024-03-12 21:16:00, 1, 1",
            "whatsapp-ios.zip, whatsapp, 8, 2024-03-12 21:15:42, 2024-03-13 08:04:00, 4, 3",
            "sms-backup.xml, sms-xml, 4, 2024-03-12 21:15:00, 2024-03-13 21:06:40, 2, 2",
            "calls.xml, sms-xml, 3, 2024-03-12 21:20:00, 2024-03-12 21:22:00, 1, 1",
            "email-multipart.eml, eml, 1, 2024-03-12 21:15:00, 2024-03-12 21:15:00, 1, 1",
            "email-html-only.eml, eml, 1, 2024-03-14 06:00:00, 2024-03-14 06:00:00, 1, 1",
            "mailbox.mbox, mbox, 3, 2024-03-12 21:15:00, 2024-03-14 10:00:00, 3, 2",
            "diary.csv, csv, 3, 2024-03-12 21:15:00, 2024-03-14 19:30:00, 3, 3",
            "chat-with-wrong-extension.csv, whatsapp, 7, 2024-03-12 21:15:00, 2024-03-25 18:00:00, 5, 4"})
    void dryRunPrintsCountsAndTimes(String sample, String format, int messages, String first, String last,
                                    int proposals, int included) throws Exception {
        assertThat(importSample(sample, "--dry-run", "--json")).as(err.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("format").asText()).isEqualTo(format);
        assertThat(j.get("messages").asInt()).isEqualTo(messages);
        assertThat(j.get("first").asText()).isEqualTo(first);
        assertThat(j.get("last").asText()).isEqualTo(last);
        assertThat(j.get("proposals")).hasSize(proposals);
        int chosen = 0;
        for (JsonNode p : j.get("proposals")) {
            chosen += p.get("include").asBoolean() ? 1 : 0;
        }
        assertThat(chosen).isEqualTo(included);
        assertThat(j.get("dryRun").asBoolean()).isTrue();

        assertThat(importSample(sample, "--dry-run")).isZero();
        assertThat(out.toString()).contains("Read " + messages + " messages", "First: " + first, "Last: " + last,
                "Dry run: nothing was stored.");
    }

    @Test
    void withoutDryRunItImportsAndABadFileGetsOneSentence() {
        assertThat(importSample("whatsapp-android-24h.txt")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Stored the original as exhibit JS/", "recorded 4 incidents");

        assertThat(importSample("sms-truncated.xml")).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("well-formed XML at line").doesNotContain("Exception");

        assertThat(importSample("sms-backup.xml", "--format", "whatsapp", "--dry-run"))
                .isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("looks like an SMS backup");
    }

    @Test
    void dateOrderCanBeOverridden() throws Exception {
        assertThat(importSample("whatsapp-dots-ambiguous.txt", "--dry-run", "--json", "--date-order", "month-first"))
                .isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("first").asText()).isEqualTo("2024-01-03 21:15:00");
    }

    @Test
    void aDiaryWithOtherHeadingsIsReadWithChosenColumns() throws Exception {
        assertThat(importSample("diary-semicolon.csv", "--dry-run")).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("no date column");
        assertThat(importSample("diary-semicolon.csv", "--dry-run", "--json", "--columns",
                "date=Dag,time=Uur,what=Gebeurtenis,where=Plek")).as(err.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("messages").asInt()).isEqualTo(2);
        assertThat(j.get("last").asText()).isEqualTo("2024-03-20 08:00:00");
    }
}
