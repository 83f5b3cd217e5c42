package org.casefile.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.casefile.Messages;

/**
 * The page machinery: A4 pages with a footer carrying the page number, text that wraps and flows onto new
 * pages, tables with repeated headers. Every string passes through the redactor before it is drawn, and every
 * character the embedded font lacks becomes a question mark rather than a failure.
 */
final class Layout {
    static final PDRectangle A4 = PDRectangle.A4;
    static final float LEFT = 50;
    static final float RIGHT = A4.getWidth() - 50;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = A4.getHeight() - 50;
    static final float BOTTOM = 56;
    static final float BODY = 10;
    static final float SMALL = 8.5f;

    final PDDocument doc;
    final PDType0Font regular;
    final PDType0Font bold;
    private final Redactor redactor;
    private final Numbering numbering;
    private final String footerText;
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private final List<String> labels = new ArrayList<>();
    private final List<Integer> sectionStarts = new ArrayList<>();
    private final List<String> sectionLetters = new ArrayList<>();
    private int pageInSection;

    PDPage page;
    PDPageContentStream cs;
    float y;

    Layout(PDDocument doc, Redactor redactor, Numbering numbering, String footerText) throws IOException {
        this.doc = doc;
        this.redactor = redactor;
        this.numbering = numbering;
        this.footerText = footerText;
        this.regular = font(doc, "DejaVuSans.ttf");
        this.bold = font(doc, "DejaVuSans-Bold.ttf");
    }

    /**
     * The font without its ligature table: PDFBox would otherwise draw "ff" and "fi" as single ligature glyphs,
     * and a SHA-256 or a name copied out of the bundle would come back with U+FB00 in it.
     */
    private static PDType0Font font(PDDocument doc, String name) throws IOException {
        byte[] bytes;
        try (InputStream in = Layout.class.getResourceAsStream("fonts/" + name)) {
            bytes = in.readAllBytes();
        }
        org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(bytes));
        ttf.setEnableGsub(false);
        return PDType0Font.load(doc, ttf, true);
    }

    /** Starts a lettered part of the bundle (for per-section numbering A1, B1…). */
    void startPart() {
        sectionStarts.add(labels.size());
        sectionLetters.add(letter(sectionStarts.size() - 1));
        pageInSection = 0;
    }

    private static String letter(int i) {
        return i < 26 ? String.valueOf((char) ('A' + i)) : letter(i / 26 - 1) + (char) ('A' + i % 26);
    }

    List<Integer> partStarts() {
        return sectionStarts;
    }

    List<String> partLetters() {
        return sectionLetters;
    }

    /** Ends the page being drawn and starts a new A4 portrait page with its footer. */
    PDPage newPage() throws IOException {
        finishPage();
        page = new PDPage(A4);
        doc.addPage(page);
        pageInSection++;
        String label = numbering == Numbering.SECTIONS && !sectionLetters.isEmpty()
                ? sectionLetters.getLast() + pageInSection : Integer.toString(labels.size() + 1);
        labels.add(label);
        cs = new PDPageContentStream(doc, page);
        footer(label);
        y = TOP;
        return page;
    }

    void finishPage() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    int pageIndex() {
        return labels.size() - 1;
    }

    String label(int pageIndex) {
        return labels.get(pageIndex);
    }

    int pageCount() {
        return labels.size();
    }

    private void footer(String label) throws IOException {
        cs.setStrokingColor(0.75f);
        cs.setLineWidth(0.5f);
        cs.moveTo(LEFT, BOTTOM - 14);
        cs.lineTo(RIGHT, BOTTOM - 14);
        cs.stroke();
        cs.setNonStrokingColor(0.3f);
        text(regular, SMALL, LEFT, BOTTOM - 28, footerText);
        String number = Messages.get("bundle.page", label);
        text(bold, BODY, RIGHT - width(bold, BODY, number), BOTTOM - 29, number);
        cs.setNonStrokingColor(0f);
    }

    /** Draws one line of text as given (after redaction and glyph checks) at a point. */
    void text(PDType0Font font, float size, float x, float baseline, String s) throws IOException {
        String safe = safe(font, redactor.apply(s));
        if (safe.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(safe);
        cs.endText();
    }

    float width(PDType0Font font, float size, String s) throws IOException {
        return font.getStringWidth(safe(font, redactor.apply(s))) / 1000f * size;
    }

    /** The text with characters the font cannot draw replaced, and control characters turned to spaces. */
    String safe(PDType0Font font, String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\r' || cp == '\n' || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (encodable.computeIfAbsent(cp, c -> canEncode(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canEncode(PDType0Font font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Cuts text to fit one line, ending in an ellipsis when cut. */
    String fit(PDType0Font font, float size, String s, float maxWidth) throws IOException {
        String clean = safe(font, redactor.apply(s)).strip();
        if (width(font, size, clean) <= maxWidth) {
            return clean;
        }
        int end = clean.length();
        while (end > 1 && width(font, size, clean.substring(0, end) + "…") > maxWidth) {
            end--;
        }
        return clean.substring(0, end).strip() + "…";
    }

    /** Splits text into lines no wider than {@code maxWidth}, keeping the writer's own line breaks. */
    List<String> wrap(PDType0Font font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : redactor.apply(text == null ? "" : text).split("\\r?\\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : safe(font, para).split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(font, size, word) > maxWidth && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(font, size, word.substring(0, cut)) > maxWidth) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Makes sure {@code height} points are free below the cursor, starting a page when they are not. */
    void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void heading(String text) throws IOException {
        need(40);
        y -= 16;
        text(bold, 13, LEFT, y, text);
        y -= 10;
    }

    void subheading(String text) throws IOException {
        need(34);
        y -= 14;
        text(bold, 11, LEFT, y, text);
        y -= 6;
    }

    void paragraph(String text) throws IOException {
        float leading = BODY * 1.4f;
        for (String line : wrap(regular, BODY, text, WIDTH)) {
            need(leading);
            y -= leading;
            text(regular, BODY, LEFT, y, line);
        }
        y -= 6;
    }

    void facts(List<Block.Fact> facts) throws IOException {
        float labelWidth = WIDTH * 0.3f;
        float leading = BODY * 1.4f;
        for (Block.Fact f : facts) {
            List<String> value = wrap(regular, BODY, f.value().isBlank() ? "—" : f.value(), WIDTH - labelWidth);
            List<String> label = wrap(bold, BODY, f.label(), labelWidth - 8);
            int n = Math.max(value.size(), label.size());
            for (int i = 0; i < n; i++) {
                need(leading);
                y -= leading;
                if (i < label.size()) {
                    text(bold, BODY, LEFT, y, label.get(i));
                }
                if (i < value.size()) {
                    text(regular, BODY, LEFT + labelWidth, y, value.get(i));
                }
            }
            y -= 3;
        }
        y -= 6;
    }

    /** A table that flows over as many pages as it needs, repeating its header on each; long rows split. */
    void table(Block.Table t) throws IOException {
        float total = (float) t.widths().stream().mapToDouble(Float::doubleValue).sum();
        float[] w = new float[t.widths().size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = WIDTH * t.widths().get(i) / total;
        }
        float leading = SMALL * 1.35f;
        need(leading * 3 + 12);
        header(t, w, leading);
        for (List<String> row : t.rows()) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < w.length; c++) {
                List<String> cell = wrap(regular, SMALL, c < row.size() ? row.get(c) : "", w[c] - 6);
                cells.add(cell);
                lines = Math.max(lines, cell.size());
            }
            int done = 0;
            while (done < lines) {
                int fits = (int) Math.floor((y - BOTTOM - 6) / leading);
                if (fits < Math.min(2, lines - done)) {
                    newPage();
                    header(t, w, leading);
                    continue;
                }
                int take = Math.min(fits, lines - done);
                float top = y;
                float x = LEFT;
                for (int c = 0; c < w.length; c++) {
                    List<String> cell = cells.get(c);
                    for (int k = 0; k < take && done + k < cell.size(); k++) {
                        text(regular, SMALL, x + 3, top - 3 - leading * (k + 1) + 2, cell.get(done + k));
                    }
                    x += w[c];
                }
                y = top - take * leading - 6;
                cs.setStrokingColor(0.8f);
                cs.setLineWidth(0.4f);
                cs.moveTo(LEFT, y);
                cs.lineTo(RIGHT, y);
                cs.stroke();
                done += take;
            }
        }
        y -= 10;
    }

    private void header(Block.Table t, float[] w, float leading) throws IOException {
        float h = leading + 6;
        cs.setNonStrokingColor(0.9f);
        cs.addRect(LEFT, y - h, WIDTH, h);
        cs.fill();
        cs.setNonStrokingColor(0f);
        float x = LEFT;
        for (int c = 0; c < w.length; c++) {
            text(bold, SMALL, x + 3, y - h + 5, fit(bold, SMALL, t.headers().get(c), w[c] - 6));
            x += w[c];
        }
        y -= h;
    }

    void blocks(List<Block> blocks) throws IOException {
        for (Block b : blocks) {
            switch (b) {
                case Block.Heading h -> subheading(h.text());
                case Block.Paragraph p -> paragraph(p.text());
                case Block.Facts f -> facts(f.facts());
                case Block.Table t -> table(t);
            }
        }
    }
}
