package org.casefile.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.casefile.bundle.BundleKind;
import org.casefile.bundle.BundleProgress;
import org.casefile.bundle.BundleRequest;
import org.casefile.bundle.BundleResult;
import org.casefile.bundle.BundleService;
import org.casefile.bundle.Exhibits;
import org.casefile.bundle.MaracSources;
import org.casefile.chronology.CaseLogRows;
import org.casefile.chronology.ChronologyService;
import org.casefile.client.ClientFixtures;
import org.casefile.client.ClientService;
import org.casefile.evidence.Acquisition;
import org.casefile.evidence.ExhibitService;
import org.casefile.evidence.Intake;
import org.casefile.incident.Behaviour;
import org.casefile.incident.Channel;
import org.casefile.incident.IncidentDraft;
import org.casefile.incident.IncidentService;
import org.casefile.incident.Place;
import org.casefile.incident.PoliceReport;
import org.casefile.incident.Source;
import org.casefile.perpetrator.PerpetratorService;
import org.casefile.security.Session;
import org.casefile.security.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A court bundle of 500 incidents with 100 photos (12-megapixel JPEGs) and 20 ten-page PDFs: time and peak heap,
 * next to Debian's img2pdf + pdfunite merging the same exhibits alone. Prints; asserts nothing. Run with
 * {@code mvn -Pbench test -Dtest=BundleBenchmarkTest} (needs img2pdf and poppler-utils).
 */
@Tag("benchmark")
class BundleBenchmarkTest {
    @Test
    void aLargeCourtBundle() throws Exception {
        int photos = Integer.getInteger("bench.photos", 100);
        int pdfs = Integer.getInteger("bench.pdfs", 20);
        int incidentCount = Integer.getInteger("bench.incidents", 500);
        Path dir = Files.createTempDirectory("casefile-bench-bundle");
        Path files = Files.createDirectories(dir.resolve("files"));
        Clock clock = Clock.systemDefaultZone();
        try (Session session = TestStores.create(dir.resolve("store"))) {
            var tx = session.transactions();
            var audit = session.audit();
            var me = session.user();
            ClientService clients = new ClientService(tx, audit, me, clock);
            IncidentService incidents = new IncidentService(tx, clients, audit, me, clock);
            ExhibitService exhibits = new ExhibitService(tx, clients, audit, me, clock, ExhibitService.DEFAULT_MAX_BYTES);
            ChronologyService chronology = new ChronologyService(List.of(new CaseLogRows(incidents, exhibits,
                    clock.getZone())), clients, audit, me);
            BundleService bundles = new BundleService(clients, incidents, exhibits, chronology,
                    new PerpetratorService(tx, audit, clients, me, clock), MaracSources.NOTHING_RECORDED, audit, me, clock);
            long clientId = clients.create(ClientFixtures.lucja()).id();

            Random random = new Random(7);
            LocalDate today = LocalDate.now(clock);
            List<IncidentDraft> drafts = new ArrayList<>();
            Behaviour[] all = Behaviour.values();
            for (int i = 0; i < incidentCount; i++) {
                drafts.add(new IncidentDraft(today.minusDays((long) (incidentCount - i) * 700 / incidentCount), null, null,
                        null, false, java.util.EnumSet.of(all[random.nextInt(all.length)], all[random.nextInt(all.length)]),
                        Channel.IN_PERSON, Place.HOME, "", List.of(), "You can't hide from me",
                        "He waited outside again and followed her to the shop, then sent messages all evening.",
                        "Frightened", true, "", false, Source.CLIENT, PoliceReport.NONE, null));
            }
            List<Long> ids = incidents.recordAll(clientId, drafts);

            long t0 = System.nanoTime();
            List<byte[]> distinct = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                distinct.add(photo(4000, 3000, random));
            }
            Acquisition from = new Acquisition("The client", "Handed over", "Her phone");
            for (int i = 0; i < photos; i++) {
                byte[] bytes = distinct.get(i % distinct.size());
                Path file = files.resolve(String.format("photo-%03d.jpg", i));
                Files.write(file, bytes);
                exhibits.receive(clientId, file, new Intake("JS", ids.get(i * 4 % ids.size()), from, "Photo " + i));
            }
            byte[] letter = Exhibits.letterPdf("", 10);
            for (int i = 0; i < pdfs; i++) {
                Path file = files.resolve(String.format("letter-%02d.pdf", i));
                Files.write(file, letter);
                exhibits.receive(clientId, file, new Intake("JS", ids.get((i * 7 + 3) % ids.size()), from, "Letter " + i));
            }
            System.out.printf("setup (exhibits made and stored): %.1f s, photo size %.1f MB%n",
                    (System.nanoTime() - t0) / 1e9, distinct.getFirst().length / 1e6);

            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            BundleResult result = bundles.make(BundleRequest.standard(clientId, BundleKind.COURT, dir.resolve("bundle.pdf")),
                    BundleProgress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();

            long m0 = System.nanoTime();
            List<String> img = new ArrayList<>(List.of("img2pdf", "-o", dir.resolve("images.pdf").toString()));
            try (Stream<Path> s = Files.list(files)) {
                s.filter(p -> p.toString().endsWith(".jpg")).sorted().forEach(p -> img.add(p.toString()));
            }
            run(img);
            List<String> unite = new ArrayList<>(List.of("pdfunite", dir.resolve("images.pdf").toString()));
            try (Stream<Path> s = Files.list(files)) {
                s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(p -> unite.add(p.toString()));
            }
            unite.add(dir.resolve("merged.pdf").toString());
            run(unite);
            double merge = (System.nanoTime() - m0) / 1e9;

            System.out.println("| measure | value |");
            System.out.println("|---|---|");
            System.out.printf("| incidents, photos, PDF exhibits | %d, %d, %d x 10 pages |%n", incidentCount, photos, pdfs);
            System.out.printf("| Casefile court bundle | %.1f s, %d pages, %.1f MB |%n", seconds, result.pages(),
                    result.sizeBytes() / 1e6);
            System.out.printf("| peak heap during the bundle | %d MB (max heap %d MB) |%n", peak / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.printf("| img2pdf + pdfunite, exhibits only | %.1f s, %.1f MB |%n", merge,
                    Files.size(dir.resolve("merged.pdf")) / 1e6);
            System.out.printf("| ratio | %.2f |%n", seconds / merge);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command.getFirst() + " failed: " + out);
        }
    }

    /** A photo-sized JPEG with enough detail (noise over gradients) to weigh what a phone photo weighs. */
    private static byte[] photo(int w, int h, Random random) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        int base = random.nextInt(128);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 3;
                int n = random.nextInt(48);
                data[i] = (byte) (base + x * 100 / w + n);
                data[i + 1] = (byte) (60 + y * 120 / h + n);
                data[i + 2] = (byte) (90 + n);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
