package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casefile.Messages;
import org.casefile.client.CaseloadFilter;
import org.casefile.client.ClientService;
import org.casefile.client.ClientSummary;
import org.casefile.security.AuditRecord;
import org.casefile.security.Session;
import org.casefile.security.SignIn;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.casefile.store.StoreLocation;
import org.casefile.typology.StalkerType;
import org.casefile.typology.Vignettes;
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
        CasefileCommand command = new CasefileCommand(database -> windowOpenedOn = database.location(), env, null,
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

    @Test
    void typologyPrintsTheExpectedTypeForEveryVignetteAsTextAndAsJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Path file : Vignettes.all()) {
            String expected = Vignettes.expected(file);
            String label = expected.equals("UNDETERMINED") ? Messages.get("typology.undetermined")
                    : Messages.get(StalkerType.valueOf(expected).labelKey());
            assertThat(run("typology", file.toString())).as(file.toString()).isZero();
            assertThat(out.toString()).as(file.toString()).startsWith("Primary type: " + label + "\n")
                    .contains("Scores: ", "Modality: ", "not a risk score");

            assertThat(run("typology", file.toString(), "--json")).isZero();
            JsonNode finding = json.readTree(out.toString());
            assertThat(finding.path("primary").asText()).as(file.toString()).isEqualTo(expected);
            assertThat(finding.path("scores").size()).isEqualTo(StalkerType.values().length);
            assertThat(finding.has("secondary")).isTrue();
            assertThat(finding.has("modality")).isTrue();
            assertThat(finding.path("reasons").isArray()).isTrue();
            assertThat(finding.path("notice").asText()).contains("not a risk score");
        }
    }

    @Test
    void typologyShowsReasonsWithTheIncidentsTheyCameFrom() {
        Path file = Vignettes.FOLDER.resolve("REJECTED__ex-partner-pleading-then-threats.json");
        assertThat(run("typology", file.toString())).isZero();
        assertThat(out.toString()).contains("Primary type: Rejected", "+5 Rejected: They were the client's partner",
                "words \"come back\", \"miss you\" (incidents 1)", "\"I'm sorry\", \"I'll change\"",
                "-3 Predatory: They were the client's partner.", "Contacting family, friends or colleagues in incidents 4");
    }

    @Test
    void aMalformedCaseFileGetsOneSentenceAndExitStatusThree() throws Exception {
        Path notJson = Files.writeString(dir.resolve("notes.json"), "Client said he came round again {");
        assertThat(run("typology", notJson.toString())).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString().strip()).startsWith("The file is not valid JSON").doesNotContain("\n", "came round");

        Path oldVersion = Files.writeString(dir.resolve("v9.json"),
                "{\"format\": \"casefile-case\", \"version\": 9, \"client\": {\"reference\": \"C-1\"}}");
        assertThat(run("typology", oldVersion.toString())).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString().strip()).contains("version 9").doesNotContain("\n");

        Path badBehaviour = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"casefile-case\", \"version\": 1, "
                + "\"client\": {\"reference\": \"C-1\"}, \"incidents\": [{\"number\": 2, \"occurredOn\": \"2025-01-01\", "
                + "\"behaviours\": [\"SHOUTING\"]}]}");
        assertThat(run("typology", badBehaviour.toString())).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString().strip()).startsWith("Incident 2 names a behaviour Casefile does not know (SHOUTING).")
                .doesNotContain("\n");

        assertThat(run("typology", dir.resolve("absent.json").toString())).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("could not read the file");
        assertThat(run("typology")).isEqualTo(2);
    }

    @Test
    void theConsentGateHoldsOnTheCommandLineToo() {
        String store = dir.resolve("gate").toString();
        env.put("CASEFILE_PASSWORD", PASSWORD);
        assertThat(run("demo", "--store", store, "--clients", "1")).isZero();
        SignIn signIn = new SignIn(new StoreLocation(Path.of(store)), org.casefile.Entities.all(), Clock.systemUTC(),
                TestStores.FAST);
        String referral;
        long clientId;
        long agencyId;
        java.time.LocalDate today = java.time.LocalDate.now(Clock.systemUTC());
        try (Session session = signIn.unlock("admin", PASSWORD.toCharArray())) {
            ClientService clients = new ClientService(session.transactions(), session.audit(), session.user(),
                    Clock.systemUTC());
            clientId = clients.caseload(CaseloadFilter.ALL).getFirst().id();
            agencyId = new org.casefile.referral.AgencyService(session.transactions(), session.audit(), session.user())
                    .create(org.casefile.referral.AgencyDraft.named("Leeds Housing Options",
                            org.casefile.referral.AgencyKind.HOUSING)).id();
            referral = new org.casefile.referral.ReferralService(session.transactions(), clients, session.audit(),
                    session.user(), Clock.systemUTC(), 12).create(clientId, new org.casefile.referral.ReferralDraft(
                    org.casefile.referral.Direction.OUTGOING, agencyId, "", "Needs rehousing", today,
                    org.casefile.referral.ReferralMethod.SECURE_EMAIL, "", null, false, null, null, null)).reference();
        }

        assertThat(run("referral", "move", referral, "--to", "sent", "--store", store, "--user", "admin"))
                .isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("cannot be sent", "Leeds Housing Options");
        assertThat(run("referral", "list", "--store", store, "--user", "admin", "--", referral.replace("R-", "X-")))
                .isNotZero();
        try (Session session = signIn.unlock("admin", PASSWORD.toCharArray())) {
            ClientService clients = new ClientService(session.transactions(), session.audit(), session.user(),
                    Clock.systemUTC());
            var referrals = new org.casefile.referral.ReferralService(session.transactions(), clients, session.audit(),
                    session.user(), Clock.systemUTC(), 12);
            assertThat(referrals.open(referrals.idOf(referral)).status())
                    .isEqualTo(org.casefile.referral.ReferralStatus.DRAFT);
            referrals.addConsent(clientId, new org.casefile.referral.ConsentDraft("Rehousing", false,
                    java.util.Set.of(agencyId), "Client", org.casefile.referral.ConsentMethod.WRITTEN, today, null, null));
        }
        assertThat(run("referral", "move", referral, "--to", "sent", "--note", "Sent by secure email", "--store", store,
                "--user", "admin")).isZero();
        assertThat(out.toString()).contains(referral, "Sent", "Sent under the client's consent");
        assertThat(run("referral", "move", referral, "--to", "in-progress", "--store", store, "--user", "admin"))
                .isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("cannot become In progress");

        // The reply is now awaited; with a due date it shows among the reminders (the demo's caseworker is not
        // admin, so admin sees none of their own) and the calendar file is written.
        Path sar = dir.resolve("sar");
        assertThat(run("subject-access", clientRef(store),
                "--out", sar.toString(), "--store", store, "--user", "admin")).isZero();
        assertThat(out.toString()).contains("Subject access export for");
        assertThat(sar.toFile().list()).hasSize(2);

        Path ics = dir.resolve("due.ics");
        assertThat(run("reminders", "--ics", ics.toString(), "--store", store, "--user", "admin")).isZero();
        assertThat(out.toString()).contains("due dates written to");
        assertThat(ics).exists();
    }

    private String clientRef(String store) {
        SignIn signIn = new SignIn(new StoreLocation(Path.of(store)), org.casefile.Entities.all(), Clock.systemUTC(),
                TestStores.FAST);
        try (Session session = signIn.unlock("admin", PASSWORD.toCharArray())) {
            return new ClientService(session.transactions(), session.audit(), session.user(), Clock.systemUTC())
                    .caseload(CaseloadFilter.ALL).getFirst().reference();
        }
    }

    @Test
    void exportFromADemoStoreThenTypologyOnTheExportedFile() throws Exception {
        String store = dir.resolve("demo").toString();
        env.put("CASEFILE_PASSWORD", PASSWORD);
        assertThat(run("demo", "--store", store, "--clients", "3")).isZero();
        String reference;
        SignIn signIn = new SignIn(new StoreLocation(Path.of(store)), org.casefile.Entities.all(), Clock.systemUTC(),
                TestStores.FAST);
        try (Session session = signIn.unlock("admin", PASSWORD.toCharArray())) {
            List<ClientSummary> visible = new ClientService(session.transactions(), session.audit(), session.user(),
                    Clock.systemUTC()).caseload(CaseloadFilter.ALL);
            reference = visible.getFirst().reference();
        }

        Path exported = dir.resolve("case.json");
        assertThat(run("export", reference, "--format", "json", "--out", exported.toString(), "--store", store,
                "--user", "admin")).isZero();
        assertThat(out.toString()).contains("Exported case " + reference);
        assertThat(Files.readString(exported)).contains("\"format\" : \"casefile-case\"", reference, "\"incidents\"")
                .doesNotContain("\"name\"", "givenName", "address");

        assertThat(run("typology", exported.toString(), "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).path("primary").asText()).isNotBlank();
        assertThat(run("typology", exported.toString())).isZero();
        assertThat(out.toString()).startsWith("Primary type: ");

        assertThat(run("export", reference, "--store", store, "--user", "admin")).isZero();
        assertThat(out.toString()).contains("\"reference\" : \"" + reference + "\"");

        try (Session session = signIn.unlock("admin", PASSWORD.toCharArray())) {
            List<AuditRecord> recent = session.audit().recent(200);
            assertThat(recent).filteredOn(r -> r.action().equals("CASE_EXPORTED")).hasSize(2)
                    .allSatisfy(r -> assertThat(r.subjectId()).isEqualTo(reference));
        }
        assertThat(run("audit", "verify", "--store", store, "--user", "admin")).isZero();

        assertThat(run("export", "C-1999-9999", "--store", store, "--user", "admin")).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString().strip()).startsWith("No client record has that reference.");
        assertThat(run("export", reference, "--format", "pdf", "--store", store, "--user", "admin")).isEqualTo(2);
    }

    @Test
    void helpNamesTypologyAndExport() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("typology", "export");
        assertThat(run("typology", "--help")).isZero();
        assertThat(out.toString()).contains("never a risk score", "--json");
    }
}
