package org.casefile.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.io.ScratchFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casefile.Messages;
import org.casefile.SafeLog;
import org.casefile.UserFacingException;
import org.casefile.chronology.ChronologyEntry;
import org.casefile.chronology.ChronologyFilter;
import org.casefile.chronology.ChronologyService;
import org.casefile.chronology.EventKind;
import org.casefile.client.ClientRecord;
import org.casefile.client.ClientService;
import org.casefile.evidence.ExhibitRecord;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.ExhibitSummary;
import org.casefile.exchange.ExchangeExport;
import org.casefile.exchange.ExchangeFacts;
import org.casefile.incident.IncidentRecord;
import org.casefile.incident.IncidentService;
import org.casefile.incident.IncidentSummary;
import org.casefile.incident.Pattern;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditLog;
import org.casefile.security.User;
import org.casefile.typology.TypologyRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a bundle: gathers the case through the same services (and restriction checks) as the screens, copies
 * every included exhibit into a private temporary folder while re-checking its SHA-256, renders the PDF beside
 * the target, reads it back to prove no redacted word survived, hashes it, moves it into place, then records
 * "exported in bundle" on every included exhibit and an audit entry. The temporary folder is always deleted.
 */
public final class BundleService {
    /** Family courts expect at most 350 pages unless a judge allows more. */
    public static final int FAMILY_COURT_PAGES = 350;
    /** Above this a bundle is awkward to email or upload. */
    public static final long LARGE_BYTES = 50L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(BundleService.class);

    private final ClientService clients;
    private final IncidentService incidents;
    private final ExhibitService exhibits;
    private final ChronologyService chronology;
    private final PerpetratorService perpetrators;
    private final MaracSources marac;
    private final AuditLog audit;
    private final User me;
    private final Clock clock;

    public BundleService(ClientService clients, IncidentService incidents, ExhibitService exhibits,
                         ChronologyService chronology, PerpetratorService perpetrators, MaracSources marac,
                         AuditLog audit, User me, Clock clock) {
        this.clients = clients;
        this.incidents = incidents;
        this.exhibits = exhibits;
        this.chronology = chronology;
        this.perpetrators = perpetrators;
        this.marac = marac;
        this.audit = audit;
        this.me = me;
        this.clock = clock;
    }

    /** The incidents a request covers: those in its period, and of those the chosen numbers (all when none). */
    List<IncidentSummary> incidentsFor(BundleRequest request) {
        return incidents.log(request.clientId()).stream()
                .filter(i -> request.includesDate(i.occurredOn()))
                .filter(i -> request.incidents().isEmpty() || request.incidents().contains(i.number()))
                .sorted(Comparator.comparing(IncidentSummary::occurredOn).thenComparing(IncidentSummary::number))
                .toList();
    }

    /** Exhibits of the chosen incidents, and exhibits tied to no incident received in the period. */
    List<ExhibitSummary> exhibitsFor(BundleRequest request, List<IncidentSummary> chosen) {
        Set<Long> ids = chosen.stream().map(IncidentSummary::id).collect(Collectors.toSet());
        return exhibits.forClient(request.clientId()).stream()
                .filter(e -> e.incidentId() != null ? ids.contains(e.incidentId())
                        : request.incidents().isEmpty()
                        && request.includesDate(e.receivedAt().atZone(clock.getZone()).toLocalDate()))
                .toList();
    }

    /** A rough page count for the screen, from counts and sizes alone (nothing is read or verified). */
    public int estimatePages(BundleRequest request) {
        List<IncidentSummary> chosen = incidentsFor(request);
        List<ExhibitSummary> items = request.sections().contains(SectionKind.EXHIBITS)
                || request.sections().contains(SectionKind.MANIFEST) || request.sections().contains(SectionKind.CONTINUITY)
                ? exhibitsFor(request, chosen) : List.of();
        int pages = 0;
        int entries = 0;
        for (SectionKind s : request.sections()) {
            entries++;
            pages += switch (s) {
                case CHRONOLOGY -> 1 + chosen.size() / 30;
                case ACCOUNTS -> 1 + chosen.size() / 2;
                case EXHIBITS -> {
                    entries += items.size();
                    int n = 1;
                    for (ExhibitSummary e : items) {
                        n += e.isPdf() ? (int) Math.max(1, e.sizeBytes() / 60_000) : 1;
                    }
                    yield n;
                }
                case MANIFEST -> 1 + items.size() / 10;
                case CONTINUITY -> 1 + items.size() / 3;
                default -> 1;
            };
        }
        return pages + BundleRenderer.indexPages(entries);
    }

    public BundleResult make(BundleRequest request, BundleProgress progress) {
        long began = System.nanoTime();
        ClientRecord client = clients.open(request.clientId());
        Redactor redactor = RedactionTerms.from(client.details(), request.profile(), request.freeStrings());
        List<IncidentSummary> chosen = incidentsFor(request);
        boolean wantsExhibits = request.sections().stream().anyMatch(s -> s == SectionKind.EXHIBITS
                || s == SectionKind.MANIFEST || s == SectionKind.CONTINUITY);
        List<ExhibitSummary> items = wantsExhibits ? exhibitsFor(request, chosen) : List.of();
        Path scratch = privateFolder();
        Path target = request.out().toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        ExecutorService copier = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "casefile-bundle-copier");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean stopCopying = new AtomicBoolean();
        try {
            List<BundleDocument.ExhibitFile> files = new ArrayList<>();
            List<ExhibitRecord> records = new ArrayList<>();
            int k = 0;
            for (ExhibitSummary e : items) {
                files.add(new BundleDocument.ExhibitFile(e.reference(), e.description(), e.fileName(), e.mediaType(),
                        scratch.resolve("exhibit-" + (k++)), new CompletableFuture<>()));
                if (request.sections().contains(SectionKind.MANIFEST) || request.sections().contains(SectionKind.CONTINUITY)) {
                    records.add(exhibits.open(e.id()));
                }
            }
            // Exhibits are copied and checked on a thread of their own while the document is gathered and
            // drawn; each is drawn only once its check has passed, and any failure stops the whole bundle.
            copier.execute(() -> copyAll(items, files, progress, stopCopying));
            long copied = System.nanoTime();
            BundleDocument document = document(request, client, redactor, chosen, files, records);
            long gathered = System.nanoTime();
            StreamCacheCreateFunction cache = () -> new ScratchFile(
                    MemoryUsageSetting.setupTempFileOnly().setTempDir(scratch.toFile()));
            BundleRenderer.Rendered rendered = BundleRenderer.render(document, partial, cache, progress);
            // Sections that list exhibits without drawing them still need every check to have passed.
            files.forEach(BundleDocument.ExhibitFile::awaitReady);
            long drawn = System.nanoTime();
            List<String> survived = survivingTerms(partial, redactor, cache);
            long checked = System.nanoTime();
            if (!survived.isEmpty()) {
                throw new UserFacingException("bundle.redactionFailed");
            }
            String sha = sha256(partial);
            long size = Files.size(partial);
            move(partial, target);
            LOG.info("bundle timings (ms): exhibit records read {}, sections gathered {}, drawn and saved (exhibits"
                    + " checked meanwhile) {}, redaction checked {}, hashed {}", (copied - began) / 1_000_000,
                    (gathered - copied) / 1_000_000,
                    (drawn - gathered) / 1_000_000, (checked - drawn) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
            String kind = Messages.get(request.kind().labelKey());
            String note = Messages.get("bundle.custodyNote", kind, target.getFileName().toString(), sha);
            AuditEvent event = AuditEvent.of(me.username(), AuditAction.BUNDLE_EXPORTED)
                    .about("client", client.reference())
                    .withDetail(request.kind().name().toLowerCase(Locale.ROOT) + ", " + rendered.pages() + " pages, "
                            + items.size() + " exhibits, profile " + request.profile().name().toLowerCase(Locale.ROOT)
                            + ", sha256 " + sha);
            if (items.isEmpty()) {
                audit.record(event);
            } else {
                exhibits.recordBundled(request.clientId(), items.stream().map(ExhibitSummary::id).toList(), note, event);
            }
            List<String> warnings = new ArrayList<>();
            if (rendered.pages() > FAMILY_COURT_PAGES) {
                warnings.add(Messages.get("bundle.warning.pages", rendered.pages(), FAMILY_COURT_PAGES));
            }
            if (size > LARGE_BYTES) {
                warnings.add(Messages.get("bundle.warning.size", BundleSections.size(size)));
            }
            return new BundleResult(target, rendered.pages(), size, sha, items.size(), warnings, rendered.notes());
        } catch (IOException e) {
            LOG.warn("bundle failed: {}", SafeLog.describe(e));
            throw new UserFacingException("bundle.failed", target.getFileName().toString());
        } finally {
            stopCopying.set(true);
            copier.shutdown();
            try {
                if (!copier.awaitTermination(2, TimeUnit.MINUTES)) {
                    LOG.warn("a bundle's exhibit copier did not stop in time");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteQuietly(partial);
            deleteTree(scratch);
        }
    }

    /** Copies and checks each exhibit in order; a failure fails that exhibit's and every later one's future. */
    private void copyAll(List<ExhibitSummary> items, List<BundleDocument.ExhibitFile> files, BundleProgress progress,
                         AtomicBoolean stop) {
        for (int i = 0; i < items.size(); i++) {
            ExhibitSummary e = items.get(i);
            BundleDocument.ExhibitFile f = files.get(i);
            try {
                if (stop.get() || progress.cancelled()) {
                    throw new BundleCancelled();
                }
                exhibits.copyVerified(e.id(), f.file());
                f.ready().complete(null);
            } catch (RuntimeException failure) {
                RuntimeException reason = failure instanceof UserFacingException u && "exhibit.damaged".equals(u.key())
                        ? new UserFacingException(u, "bundle.exhibitDamaged", e.reference()) : failure;
                for (int j = i; j < files.size(); j++) {
                    files.get(j).ready().completeExceptionally(reason);
                }
                return;
            }
        }
    }

    private BundleDocument document(BundleRequest request, ClientRecord client, Redactor redactor,
                                    List<IncidentSummary> chosen, List<BundleDocument.ExhibitFile> files,
                                    List<ExhibitRecord> records) {
        BundleSections sections = new BundleSections(clock.getZone());
        String kind = Messages.get(request.kind().labelKey());
        List<BundleDocument.Section> out = new ArrayList<>();
        for (SectionKind s : request.sections()) {
            String title = Messages.get(s.titleKey());
            List<Block> blocks = switch (s) {
                case CHRONOLOGY -> chronologyBlocks(request, chosen, sections);
                case ACCOUNTS -> sections.accounts(chosen.stream().map(i -> incidents.open(i.id())).toList());
                case EXHIBITS -> sections.exhibitsIntro(files.size());
                case MANIFEST -> sections.manifest(records, clock.instant());
                case CONTINUITY -> sections.continuity(records);
                case TYPOLOGY -> {
                    Set<Integer> numbers = chosen.stream().map(IncidentSummary::number).collect(Collectors.toSet());
                    yield sections.typology(marac.typology(client.id()).orElseGet(() -> TypologyRules.evaluate(
                            ExchangeFacts.toFacts(ExchangeExport.from(client.reference(),
                                    perpetrators.forClient(client.id()), java.util.Map.of(),
                                    incidents.inForce(client.id()).stream().filter(i -> numbers.contains(i.number()))
                                            .toList(), clock.instant())))));
                }
                case CHRONOLOGY_SUMMARY -> {
                    Pattern pattern = incidents.pattern(request.clientId());
                    Set<Integer> numbers = chosen.stream().map(IncidentSummary::number).collect(Collectors.toSet());
                    yield sections.chronologySummary(chosen, pattern.signals().stream()
                            .filter(sig -> sig.incidents().stream().anyMatch(numbers::contains)).toList());
                }
                case RISK -> marac.riskSummary(request.clientId());
                case REFERRALS -> marac.referrals(request.clientId());
                case ORDERS -> marac.orders(request.clientId());
                case REFERRAL -> request.referralId() == null ? List.of()
                        : marac.referral(request.clientId(), request.referralId());
            };
            out.add(new BundleDocument.Section(title, blocks, s == SectionKind.EXHIBITS ? files : List.of()));
        }
        String range = request.from() == null && request.to() == null ? Messages.get("bundle.cover.allDates")
                : Messages.get("bundle.cover.rangeText", date(request.from(), chosen, true), date(request.to(), chosen, false));
        String redaction = request.profile() == RedactionProfile.NONE && request.freeStrings().isEmpty()
                ? Messages.get("bundle.cover.noRedaction") : Messages.get(request.profile().labelKey());
        BundleDocument.Cover cover = new BundleDocument.Cover(client.reference(), client.displayName(), kind,
                me.displayName(), LocalDate.now(clock).format(BundleSections.DATE), request.hearing(), range, redaction);
        return new BundleDocument(kind + " — " + client.reference(), cover, request.numbering(), out, redactor);
    }

    private static String date(LocalDate d, List<IncidentSummary> chosen, boolean start) {
        if (d != null) {
            return d.format(BundleSections.DATE);
        }
        if (chosen.isEmpty()) {
            return "—";
        }
        return (start ? chosen.getFirst() : chosen.getLast()).occurredOn().format(BundleSections.DATE);
    }

    private List<Block> chronologyBlocks(BundleRequest request, List<IncidentSummary> chosen, BundleSections sections) {
        Map<Long, IncidentSummary> byId = new HashMap<>();
        chosen.forEach(i -> byId.put(i.id(), i));
        Set<EventKind> kinds = java.util.EnumSet.complementOf(java.util.EnumSet.of(EventKind.EXHIBIT));
        List<ChronologyEntry> rows = chronology.entries(request.clientId(),
                new ChronologyFilter(request.from(), request.to(), kinds)).stream()
                .filter(e -> e.kind() != EventKind.INCIDENT || byId.containsKey(e.subjectId()))
                .toList();
        return sections.chronology(rows, byId);
    }

    /** Reads the finished file back: the words the profile keeps out must be in neither its text nor metadata. */
    static List<String> survivingTerms(Path pdf, Redactor redactor, StreamCacheCreateFunction cache) throws IOException {
        if (redactor.isEmpty()) {
            return List.of();
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), cache)) {
            StringBuilder all = new StringBuilder(new PDFTextStripper().getText(doc));
            PDDocumentInformation info = doc.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                all.append('\n').append(info.getCustomMetadataValue(key));
            }
            if (doc.getDocumentCatalog().getMetadata() != null) {
                try (InputStream in = doc.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                    all.append('\n').append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return redactor.findIn(all.toString());
        }
    }

    private static Path privateFolder() {
        try {
            try {
                return Files.createTempDirectory("casefile-bundle-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException notPosix) {
                return Files.createTempDirectory("casefile-bundle-");
            }
        } catch (IOException e) {
            throw new UserFacingException("bundle.noTemporaryFolder");
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void move(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Nothing more to do; the file held only what the person was saving.
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(BundleService::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("could not delete a bundle's temporary folder: {}", SafeLog.describe(e));
        }
    }
}
