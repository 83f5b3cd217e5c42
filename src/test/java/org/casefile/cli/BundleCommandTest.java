package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casefile.bundle.CheckBundle;
import org.casefile.bundle.Exhibits;
import org.casefile.client.CaseloadFilter;
import org.casefile.client.ClientDraft;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.Intake;
import org.casefile.incident.IncidentService;
import org.casefile.security.Session;
import org.casefile.security.SignIn;
import org.casefile.security.TestStores;
import org.casefile.settings.Settings;
import org.casefile.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `casefile bundle` on a demo case given a photo and a PDF exhibit, for every kind, checked independently. */
class BundleCommandTest {
    private static final String PASSWORD = "demo store passphrase";

    @TempDir
    Path dir;
    final Map<String, String> env = new HashMap<>(Map.of("CASEFILE_PASSWORD", PASSWORD));
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CasefileCommand command = new CasefileCommand(location -> { }, env, null, Clock.systemUTC(),
                Settings.load(dir.resolve("settings.properties"))).withArgon2(TestStores.FAST);
        CommandLine cli = CasefileCommand.commandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void everyKindOfBundleFromADemoCasePassesTheCheckerWithoutItsSafeAddressOrPhones() throws Exception {
        String store = dir.resolve("demo").toString();
        assertThat(run("demo", "--store", store, "--clients", "2", "--incidents-per-client", "15")).isZero();
        String reference;
        List<String> secrets = new ArrayList<>();
        SignIn signIn = new SignIn(new StoreLocation(Path.of(store)), org.casefile.Entities.all(), Clock.systemUTC(),
                TestStores.FAST);
        try (Session session = signIn.unlock("admin", PASSWORD.toCharArray())) {
            var tx = session.transactions();
            ClientService clients = new ClientService(tx, session.audit(), session.user(), Clock.systemUTC());
            ClientRecord client = clients.open(clients.caseload(CaseloadFilter.ALL).getFirst().id());
            reference = client.reference();
            IncidentService incidents = new IncidentService(tx, clients, session.audit(), session.user(), Clock.systemUTC());
            ExhibitService exhibits = new ExhibitService(tx, clients, session.audit(), session.user(), Clock.systemUTC(),
                    ExhibitService.DEFAULT_MAX_BYTES);
            long first = incidents.log(client.id()).getFirst().id();
            ClientDraft d = client.details();
            String home = d.addresses().getFirst().line1();
            Acquisition from = new Acquisition("The client", "Emailed", "");
            exhibits.receive(client.id(), "letter.pdf", Exhibits.letterPdf("Send replies to " + home, 2),
                    new Intake("AD", first, from, "Letter from the landlord"));
            exhibits.receive(client.id(), "doorstep.jpg", Exhibits.sidewaysJpeg(600, 800),
                    new Intake("AD", first, from, "Photo of the doorstep"));
            d.addresses().stream().filter(ClientDraft.Address::confidential).forEach(a -> secrets.add(a.line1()));
            d.phones().forEach(p -> secrets.add(p.number()));
            if (!d.safeContact().safeNumber().isBlank()) {
                secrets.add(d.safeContact().safeNumber());
            }
        }
        for (String kind : List.of("court", "police", "marac", "summary")) {
            Path pdf = dir.resolve(kind + ".pdf");
            assertThat(run("bundle", reference, "--kind", kind, "--out", pdf.toString(), "--store", store,
                    "--user", "admin")).as(err.toString()).isZero();
            assertThat(out.toString()).contains("saved to", "SHA-256 of the bundle: ");
            CheckBundle.passes(pdf, secrets.toArray(String[]::new));
        }
        Path sections = dir.resolve("sections.pdf");
        assertThat(run("bundle", reference, "--numbering", "sections", "--redact", "strict", "--from", "1/1/2020",
                "--incidents", "1,2,3", "--hide", "landlord", "--hide", "Letter", "--hearing", "Leeds, 4 December",
                "--out", sections.toString(), "--store", store, "--user", "admin")).as(err.toString()).isZero();
        assertThat(CheckBundle.text(sections)).contains("Page A1", "Page B1", "Leeds, 4 December")
                .doesNotContain("landlord");
    }

    @Test
    void mistakesInTheOptionsGetOneSentence() {
        String store = dir.resolve("demo").toString();
        assertThat(run("demo", "--store", store, "--clients", "1", "--incidents-per-client", "2")).isZero();
        Path pdf = dir.resolve("x.pdf");
        assertThat(run("bundle", "C-2026-0001", "--from", "31/02/2026", "--out", pdf.toString(), "--store", store,
                "--user", "admin")).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("is not a date");
        assertThat(run("bundle", "C-2026-0001", "--redact", "loose", "--out", pdf.toString(), "--store", store,
                "--user", "admin")).isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(err.toString()).contains("is not a redaction profile");
        assertThat(run("bundle", "C-1999-9999", "--out", pdf.toString(), "--store", store, "--user", "admin"))
                .isEqualTo(CasefileCommand.EXIT_PROBLEM);
        assertThat(pdf).doesNotExist();
    }
}
