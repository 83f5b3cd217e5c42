package org.casefile.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.casefile.Messages;

/**
 * Writes a bundle as one PDF with PDFBox: page 1 carries the cover details and the start of the index, the
 * index lists and links every section and exhibit, each section starts a page, and the document has bookmarks,
 * page labels that match the printed numbers, a title and an open action at 100%. Pure: a
 * {@link BundleDocument} in, a file out; PDFBox keeps page content in temporary files inside {@code scratch}.
 */
public final class BundleRenderer {
    static final float COVER = 300;
    static final float ENTRY = 15;

    /** What was written. {@code notes} are sentences about exhibits shown other than as they are. */
    public record Rendered(int pages, List<String> notes) {
    }

    private record Entry(String title, int page, int depth) {
    }

    private BundleRenderer() {
    }

    /** Pages the index needs for this many entries. */
    static int indexPages(int entries) {
        int first = (int) ((Layout.TOP - COVER - 30 - Layout.BOTTOM) / ENTRY);
        int next = (int) ((Layout.TOP - 30 - Layout.BOTTOM) / ENTRY);
        return entries <= first ? 1 : 1 + (entries - first + next - 1) / next;
    }

    public static Rendered render(BundleDocument document, Path out, StreamCacheCreateFunction cache,
                                  BundleProgress progress) throws IOException {
        // ImageIO otherwise buffers streams in files under java.io.tmpdir (PDFBox's JPEG encoder goes through
        // it): exhibit pixels must stay in memory or in the bundle's private folder.
        javax.imageio.ImageIO.setUseCache(false);
        long steps = 1;
        for (BundleDocument.Section s : document.sections()) {
            steps += 1 + s.exhibits().size();
        }
        long done = 0;
        try (PDDocument pdf = new PDDocument(cache)) {
            String footer = document.cover().caseReference() + " · " + document.cover().kind();
            Layout layout = new Layout(pdf, document.redactor(), document.numbering(), footer);
            int entryCount = 0;
            for (BundleDocument.Section s : document.sections()) {
                entryCount += 1 + s.exhibits().size();
            }
            layout.startPart();
            List<PDPage> indexPages = new ArrayList<>();
            for (int i = 0; i < indexPages(entryCount); i++) {
                indexPages.add(layout.newPage());
            }
            layout.finishPage();
            List<Entry> entries = new ArrayList<>();
            float titleWidth = Layout.WIDTH - 60;
            List<String> notes = new ArrayList<>();
            for (BundleDocument.Section s : document.sections()) {
                check(progress);
                layout.startPart();
                layout.newPage();
                String title = layout.fit(layout.bold, Layout.BODY, s.title(), titleWidth);
                entries.add(new Entry(title, layout.pageIndex(), 0));
                layout.heading(s.title());
                layout.blocks(s.blocks());
                progress.update(++done, steps);
                if (!s.exhibits().isEmpty()) {
                    try (ImagePrep images = new ImagePrep(s.exhibits(), 2)) {
                        ExhibitPages pages = new ExhibitPages(layout, document.redactor(), cache, images);
                        for (int i = 0; i < s.exhibits().size(); i++) {
                            check(progress);
                            BundleDocument.ExhibitFile e = s.exhibits().get(i);
                            int first = pages.draw(e, i);
                            String name = e.reference() + " — " + (e.description().isBlank() ? e.fileName() : e.description());
                            entries.add(new Entry(layout.fit(layout.regular, Layout.BODY, name, titleWidth - 14), first, 1));
                            progress.update(++done, steps);
                        }
                        notes.addAll(pages.notes());
                    }
                }
            }
            layout.finishPage();
            index(pdf, layout, document, indexPages, entries);
            outline(pdf, layout, entries);
            labels(pdf, layout, document.numbering());
            metadata(pdf, document);
            check(progress);
            pdf.save(out.toFile());
            progress.update(steps, steps);
            return new Rendered(layout.pageCount(), notes);
        }
    }

    private static void check(BundleProgress progress) {
        if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new BundleCancelled();
        }
    }

    private static void index(PDDocument pdf, Layout layout, BundleDocument document, List<PDPage> pages,
                              List<Entry> entries) throws IOException {
        int next = 0;
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = pages.get(p);
            layout.page = page;
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                layout.cs = cs;
                layout.y = Layout.TOP;
                if (p == 0) {
                    cover(layout, document.cover());
                }
                layout.y -= 22;
                layout.text(layout.bold, 14, Layout.LEFT, layout.y, p == 0 ? Messages.get("bundle.index")
                        : Messages.get("bundle.index.continued"));
                layout.y -= 10;
                while (next < entries.size() && layout.y - ENTRY >= Layout.BOTTOM) {
                    Entry e = entries.get(next++);
                    layout.y -= ENTRY;
                    float x = Layout.LEFT + (e.depth() == 0 ? 0 : 14);
                    var font = e.depth() == 0 ? layout.bold : layout.regular;
                    layout.text(font, Layout.BODY, x, layout.y, e.title());
                    String label = layout.label(e.page());
                    layout.text(font, Layout.BODY, Layout.RIGHT - layout.width(font, Layout.BODY, label), layout.y, label);
                    PDAnnotationLink link = new PDAnnotationLink();
                    link.setRectangle(new PDRectangle(Layout.LEFT, layout.y - 4, Layout.WIDTH, ENTRY));
                    PDBorderStyleDictionary none = new PDBorderStyleDictionary();
                    none.setWidth(0);
                    link.setBorderStyle(none);
                    PDActionGoTo go = new PDActionGoTo();
                    go.setDestination(destination(pdf.getPage(e.page())));
                    link.setAction(go);
                    page.getAnnotations().add(link);
                }
            }
        }
        layout.cs = null;
    }

    private static void cover(Layout layout, BundleDocument.Cover c) throws IOException {
        float top = layout.y;
        layout.y -= 26;
        layout.text(layout.bold, 22, Layout.LEFT + 12, layout.y, c.kind());
        layout.y -= 24;
        layout.text(layout.regular, 13, Layout.LEFT + 12, layout.y, c.caseReference() + " · " + c.clientName());
        layout.y -= 12;
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact(Messages.get("bundle.cover.preparedBy"), c.preparedBy()));
        facts.add(new Block.Fact(Messages.get("bundle.cover.date"), c.date()));
        if (!c.hearing().isBlank()) {
            facts.add(new Block.Fact(Messages.get("bundle.cover.hearing"), c.hearing()));
        }
        facts.add(new Block.Fact(Messages.get("bundle.cover.range"), c.range()));
        facts.add(new Block.Fact(Messages.get("bundle.cover.redaction"), c.redaction()));
        for (Block.Fact f : facts) {
            layout.y -= 15;
            layout.text(layout.bold, Layout.BODY, Layout.LEFT + 12, layout.y, f.label());
            layout.text(layout.regular, Layout.BODY, Layout.LEFT + 150, layout.y,
                    layout.fit(layout.regular, Layout.BODY, f.value(), Layout.WIDTH - 165));
        }
        layout.y -= 22;
        for (String line : layout.wrap(layout.regular, Layout.SMALL, Messages.get("bundle.cover.numbering"),
                Layout.WIDTH - 24)) {
            layout.text(layout.regular, Layout.SMALL, Layout.LEFT + 12, layout.y, line);
            layout.y -= 11;
        }
        float bottom = top - COVER + 10;
        layout.cs.setStrokingColor(0.2f);
        layout.cs.setLineWidth(1f);
        layout.cs.addRect(Layout.LEFT, bottom, Layout.WIDTH, top - bottom);
        layout.cs.stroke();
        layout.y = bottom;
    }

    private static PDPageXYZDestination destination(PDPage page) {
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(page);
        d.setLeft(0);
        d.setTop((int) page.getMediaBox().getHeight());
        d.setZoom(0);
        return d;
    }

    private static void outline(PDDocument pdf, Layout layout, List<Entry> entries) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem index = new PDOutlineItem();
        index.setTitle(Messages.get("bundle.index"));
        index.setDestination(destination(pdf.getPage(0)));
        outline.addLast(index);
        PDOutlineItem parent = null;
        for (Entry e : entries) {
            PDOutlineItem item = new PDOutlineItem();
            // Top-level titles are exactly as the index prints them; exhibits also say their page.
            item.setTitle(e.depth() == 0 ? e.title()
                    : e.title() + " (" + Messages.get("bundle.page", layout.label(e.page())) + ")");
            item.setDestination(destination(pdf.getPage(e.page())));
            if (e.depth() == 0 || parent == null) {
                outline.addLast(item);
                parent = item;
            } else {
                parent.addLast(item);
            }
        }
        pdf.getDocumentCatalog().setDocumentOutline(outline);
        pdf.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private static void labels(PDDocument pdf, Layout layout, Numbering numbering) {
        PDPageLabels labels = new PDPageLabels(pdf);
        if (numbering == Numbering.SECTIONS) {
            for (int i = 0; i < layout.partStarts().size(); i++) {
                PDPageLabelRange range = new PDPageLabelRange();
                range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
                range.setPrefix(layout.partLetters().get(i));
                range.setStart(1);
                labels.setLabelItem(layout.partStarts().get(i), range);
            }
        } else {
            PDPageLabelRange range = new PDPageLabelRange();
            range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            labels.setLabelItem(0, range);
        }
        pdf.getDocumentCatalog().setPageLabels(labels);
    }

    private static void metadata(PDDocument pdf, BundleDocument document) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.redactor().apply(document.title()));
        info.setSubject(document.redactor().apply(document.cover().kind()));
        info.setAuthor(document.redactor().apply(document.cover().preparedBy()));
        info.setCreator("Casefile");
        info.setProducer("Casefile (PDFBox)");
        info.setCreationDate(Calendar.getInstance());
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(prefs);
        PDPageXYZDestination open = destination(pdf.getPage(0));
        open.setZoom(1);
        PDActionGoTo go = new PDActionGoTo();
        go.setDestination(open);
        pdf.getDocumentCatalog().setOpenAction(go);
    }
}
