package org.casefile.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.ScratchFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleRendererTest {
    static final String ADDRESS = "14 Larkspur Close";
    static final String PHONE = "07700 900123";

    @TempDir
    Path dir;

    @Test
    void aBundleWithPhotosScreenshotsAndPdfsPassesTheIndependentChecker() throws Exception {
        Path out = dir.resolve("bundle.pdf");
        BundleRenderer.Rendered r = BundleRenderer.render(document(Numbering.CONTINUOUS), out, cache(), BundleProgress.NONE);

        String report = CheckBundle.passes(out, ADDRESS, PHONE, "07700900123");
        CheckBundle.keepSample(out);
        assertThat(report).contains("0 failed");
        assertThat(r.notes()).anyMatch(n -> n.contains("LP/2"));
        String text = CheckBundle.text(out);
        assertThat(text).contains("Łucja Wójcik", "Ørsted", "Şahin", "Ελένη", "Ирина", "Exhibit JS/1", "Chronology");
        assertThat(text).doesNotContain(ADDRESS);
    }

    @Test
    void perSectionNumberingLabelsPagesA1B1() throws Exception {
        Path out = dir.resolve("sections.pdf");
        BundleRenderer.render(document(Numbering.SECTIONS), out, cache(), BundleProgress.NONE);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertThat(labels[0]).isEqualTo("A1");
            assertThat(labels).contains("B1", "C1");
            String first = new PDFTextStripper().getText(pdf);
            assertThat(first).contains("Page A1", "Page B1");
        }
    }

    @Test
    void theChronologyTableFlowsOverPagesWithItsHeaderRepeated() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("0" + (i % 9 + 1) + "/03/2026", "19:30", "Following; Messages", "Row " + i
                    + " waited by the car park exit and sent a message later that night.", "JS/" + i));
        }
        Block.Table table = new Block.Table(List.of("Date", "Time", "Behaviours", "Summary", "Exhibits"),
                List.of(1.2f, 0.8f, 2f, 4f, 1f), rows);
        BundleDocument d = new BundleDocument("Court bundle C-2026-0001", cover(), Numbering.CONTINUOUS,
                List.of(new BundleDocument.Section("Chronology", List.of(table), List.of())), Redactor.NONE);
        Path out = dir.resolve("table.pdf");
        BundleRenderer.Rendered r = BundleRenderer.render(d, out, cache(), BundleProgress.NONE);
        assertThat(r.pages()).isGreaterThan(3);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            for (int p = 2; p <= r.pages(); p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                assertThat(s.getText(pdf)).as("page %d", p).contains("Behaviours");
            }
        }
        CheckBundle.passes(out);
    }

    @Test
    void theReadBackCheckFindsAWordThatReachedTheFile() throws Exception {
        Block.Paragraph leak = new Block.Paragraph("She now lives at " + ADDRESS + ".");
        BundleDocument d = new BundleDocument("Court bundle C-2026-0001", cover(), Numbering.CONTINUOUS,
                List.of(new BundleDocument.Section("Notes", List.of(leak), List.of())), Redactor.NONE);
        Path out = dir.resolve("leak.pdf");
        BundleRenderer.render(d, out, cache(), BundleProgress.NONE);
        assertThat(BundleService.survivingTerms(out, Redactor.of(List.of(ADDRESS, PHONE)), cache()))
                .containsExactly(ADDRESS);
    }

    @Test
    void redactionTakesTermsOutOfTextWhateverTheirSpacing() {
        Redactor r = Redactor.of(List.of(ADDRESS, PHONE, "LS6 2QT"));
        assertThat(r.apply("Call 07700900123 or +44 7700 900 123, at 14  larkspur close, LS6 2QT."))
                .isEqualTo("Call [redacted] or [redacted], at [redacted], [redacted].");
        assertThat(r.apply("007700 9001234")).isEqualTo("007700 9001234");
        assertThat(r.findIn("see 14 LARKSPUR Close")).containsExactly(ADDRESS);
    }

    @Test
    void exifOrientationIsRead() throws Exception {
        byte[] sideways = Exhibits.sidewaysJpeg(60, 40);
        assertThat(ExifOrientation.read(new java.io.ByteArrayInputStream(sideways))).isEqualTo(6);
        assertThat(ExifOrientation.read(new java.io.ByteArrayInputStream(Exhibits.jpeg(20, 10)))).isEqualTo(1);
        assertThat(ExifOrientation.read(new java.io.ByteArrayInputStream(Exhibits.upsideDownPng(30, 20)))).isEqualTo(3);
        assertThat(ExifOrientation.read(new java.io.ByteArrayInputStream(Exhibits.png(30, 20)))).isEqualTo(1);
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(Exhibits.upsideDownPng(30, 20))))
                .as("the PNG with its eXIf chunk still reads").isNotNull();
    }

    @Test
    void theIndexHasRoomForEveryEntry() {
        assertThat(BundleRenderer.indexPages(5)).isEqualTo(1);
        assertThat(BundleRenderer.indexPages(200)).isGreaterThan(3);
    }

    private BundleDocument document(Numbering numbering) throws IOException {
        List<BundleDocument.ExhibitFile> exhibits = List.of(
                exhibit("JS/1", "Photo of the car outside the house", "photo.jpg", "image/jpeg", Exhibits.jpeg(1600, 1200)),
                exhibit("JS/2", "Photo taken on her phone, stored sideways", "sideways.jpg", "image/jpeg",
                        Exhibits.sidewaysJpeg(1200, 1600)),
                exhibit("JS/3", "Screenshot of a message", "screenshot.png", "image/png", Exhibits.png(540, 1170)),
                exhibit("JS/4", "Photo saved upside down as PNG", "upside-down.png", "image/png",
                        Exhibits.upsideDownPng(800, 600)),
                exhibit("LP/1", "Letter from the housing officer", "letter.pdf", "application/pdf",
                        Exhibits.letterPdf("", 3)),
                exhibit("LP/3", "Scan stored turned a quarter", "scan.pdf", "application/pdf", Exhibits.rotatedPdf(90)),
                exhibit("LP/2", "Police letter naming her new address", "police.pdf", "application/pdf",
                        Exhibits.unembeddedPdf("Visit at " + ADDRESS + ", call " + PHONE)));
        Block.Table chronology = new Block.Table(List.of("Date", "Time", "Behaviours", "Summary", "Exhibits"),
                List.of(1.2f, 0.8f, 2f, 4f, 1f), List.of(
                List.of("02/03/2026", "19:30", "Following", "Followed Łucja Wójcik from " + ADDRESS + " to the bus", "JS/1"),
                List.of("03/03/2026", "", "Messages", "Sent 14 messages to " + PHONE, "JS/3")));
        return new BundleDocument("Court bundle C-2026-0001", cover(), numbering, List.of(
                new BundleDocument.Section("Chronology", List.of(chronology), List.of()),
                new BundleDocument.Section("Exhibits", List.of(new Block.Paragraph("Each exhibit follows on its own pages.")),
                        exhibits),
                new BundleDocument.Section("Integrity manifest", List.of(new Block.Facts(List.of(
                        new Block.Fact("JS/1", "photo.jpg, 1.2 MB")))), List.of())),
                Redactor.of(List.of(ADDRESS, PHONE)));
    }

    private static BundleDocument.Cover cover() {
        return new BundleDocument.Cover("C-2026-0001", "Łucja Wójcik", "Court bundle", "Jo Smith", "21/11/2026",
                "Leeds Family Court, 4 December 2026", "Whole case", "Strictest");
    }

    private BundleDocument.ExhibitFile exhibit(String ref, String description, String name, String type, byte[] bytes)
            throws IOException {
        Path file = dir.resolve(ref.replace('/', '-') + "-" + name);
        Files.write(file, bytes);
        return new BundleDocument.ExhibitFile(ref, description, name, type, file);
    }

    private org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction cache() {
        File scratch = dir.toFile();
        return () -> new ScratchFile(MemoryUsageSetting.setupTempFileOnly().setTempDir(scratch));
    }
}
