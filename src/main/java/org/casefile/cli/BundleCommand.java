package org.casefile.cli;

import org.casefile.CaseServices;
import org.casefile.referral.ReferralService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.casefile.Messages;
import org.casefile.UserFacingException;
import org.casefile.bundle.BundleKind;
import org.casefile.bundle.BundleProgress;
import org.casefile.bundle.BundleRequest;
import org.casefile.bundle.BundleResult;
import org.casefile.bundle.BundleService;
import org.casefile.bundle.Numbering;
import org.casefile.bundle.RedactionProfile;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.evidence.ExhibitService;
import org.casefile.security.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;


/** Makes one PDF bundle for a case through the same service as the window. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = {"Make a court bundle, police evidence pack, MARAC pack or client summary as one PDF.",
                "Every exhibit is checked against its fingerprint first; the bundle's own SHA-256 is printed,",
                "recorded in each included exhibit's continuity log and in the audit log.",
                "Court and police bundles use the strictest redaction unless --redact says otherwise."})
final class BundleCommand implements Callable<Integer> {
    enum Kind { court, police, marac, summary, referral }

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @ParentCommand
    CasefileCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REF", description = "The client's reference, for example C-2026-0042.")
    String reference;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "court",
            description = "What the bundle is for: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Kind kind;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to save the PDF.")
    Path out;

    @Option(names = "--numbering", paramLabel = "STYLE", defaultValue = "continuous",
            description = "Page numbers: continuous (1, 2, 3) or sections (A1, A2, B1); default ${DEFAULT-VALUE}.")
    String numbering;

    @Option(names = "--redact", paramLabel = "PROFILE",
            description = "Redaction profile: strict, standard or none (default: strict for court and police, "
                    + "standard for the client summary).")
    String profile;

    @Option(names = "--hide", paramLabel = "TEXT", description = "Also keep this text out of the bundle (repeatable).")
    List<String> hide;

    @Option(names = "--from", paramLabel = "DATE", description = "First day to include (day/month/year or yyyy-mm-dd).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day to include (day/month/year or yyyy-mm-dd).")
    String to;

    @Option(names = "--incidents", paramLabel = "N", split = ",",
            description = "Only these incident numbers (comma separated; default: every incident in the period).")
    List<Integer> incidents;

    @Option(names = "--hearing", paramLabel = "TEXT", description = "Hearing details for the cover page.")
    String hearing = "";

    @Option(names = "--referral", paramLabel = "REFERRAL",
            description = "For --kind referral: the referral the pack goes with, for example R-2026-0007.")
    String referral;

    @Override
    public Integer call() {
        BundleKind bundleKind = BundleKind.valueOf(kind.name().toUpperCase(Locale.ROOT));
        if ((bundleKind == BundleKind.REFERRAL) != (referral != null)) {
            throw new UserFacingException("cli.bundle.referralOption");
        }
        Numbering pageNumbers = parseNumbering(numbering);
        RedactionProfile redaction = profile == null ? bundleKind.defaultProfile() : parseProfile(profile);
        LocalDate first = date(from);
        LocalDate last = date(to);
        if (first != null && last != null && last.isBefore(first)) {
            throw new UserFacingException("cli.bundle.badRange");
        }
        try (CliSession cli = CliSession.open(root)) {
            Session session = cli.session();
            var tx = session.transactions();
            var audit = session.audit();
            var me = session.user();
            var clock = root.clock();
            CaseServices services = CaseServices.open(session, clock, ExhibitService.DEFAULT_MAX_BYTES,
                    root.settings().maracRepeatMonths());
            ClientService clients = services.clients();
            ReferralService referrals = services.referrals();
            BundleService bundles = services.bundles();

            ClientRecord client = clients.findByReference(reference);
            BundleRequest request = bundleKind == BundleKind.REFERRAL
                    ? BundleRequest.referralPack(client.id(), referrals.idOf(referral), out)
                    : new BundleRequest(client.id(), bundleKind, bundleKind.defaultSections(), pageNumbers,
                    redaction, hide == null ? List.of() : hide, first, last,
                    incidents == null ? Set.of() : Set.copyOf(incidents), hearing, out);
            BundleResult result = bundles.make(request, BundleProgress.NONE);
            PrintWriter console = spec.commandLine().getOut();
            console.println(Messages.get("cli.bundle.written", Messages.get(bundleKind.labelKey()), client.reference(),
                    result.file(), result.pages(), result.exhibits()));
            console.println(Messages.get("cli.bundle.fingerprint", result.sha256()));
            PrintWriter err = spec.commandLine().getErr();
            result.warnings().forEach(err::println);
            result.notes().forEach(err::println);
            console.flush();
            err.flush();
            return 0;
        }
    }

    private static Numbering parseNumbering(String s) {
        try {
            return Numbering.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("cli.bundle.badNumbering", s);
        }
    }

    private static RedactionProfile parseProfile(String s) {
        try {
            return RedactionProfile.named(s);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("cli.bundle.badProfile", s);
        }
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return s.contains("-") ? LocalDate.parse(s.strip()) : LocalDate.parse(s.strip(), TYPED);
        } catch (DateTimeParseException e) {
            throw new UserFacingException("cli.bundle.badDate", s);
        }
    }
}
