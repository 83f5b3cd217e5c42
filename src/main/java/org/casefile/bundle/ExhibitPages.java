package org.casefile.bundle;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.casefile.Messages;

/**
 * Draws exhibits: each starts on a new page, and every page carries a stamp with the exhibit reference and the
 * bundle page. Photos are shown upright (EXIF orientation) and at no more than 300 dpi; PDF pages are imported as
 * they are, scaled onto A4 portrait. A PDF page that holds redacted words, or whose fonts are not embedded, is
 * drawn as a picture with the words blacked out in the pixels, so no live text sits under a box.
 */
final class ExhibitPages {
    static final float STAMP = 34;
    private static final float FLATTEN_DPI = 150;

    private final Layout layout;
    private final Redactor redactor;
    private final StreamCacheCreateFunction cache;
    private final ImagePrep images;
    private final List<String> notes = new ArrayList<>();

    ExhibitPages(Layout layout, Redactor redactor, StreamCacheCreateFunction cache, ImagePrep images) {
        this.layout = layout;
        this.redactor = redactor;
        this.cache = cache;
        this.images = images;
    }

    /** Sentences about exhibits that could not be shown as they are, for the person making the bundle. */
    List<String> notes() {
        return notes;
    }

    /** Draws one exhibit from its first page; returns the index of that page. */
    int draw(BundleDocument.ExhibitFile e, int position) throws IOException {
        e.awaitReady();
        String type = e.mediaType().toLowerCase(Locale.ROOT);
        try {
            if (type.startsWith("image/")) {
                return image(e, images.get(position));
            }
            if (type.equals("application/pdf")) {
                return pdf(e);
            }
            if (type.startsWith("text/") || type.equals("message/rfc822")) {
                return text(e);
            }
        } catch (IOException | RuntimeException failure) {
            if (failure instanceof BundleCancelled c) {
                throw c;
            }
            notes.add(Messages.get("bundle.note.unreadable", e.reference()));
            return placeholder(e, "bundle.exhibit.unreadable");
        }
        return placeholder(e, "bundle.exhibit.notOnPaper");
    }

    private int startPage(BundleDocument.ExhibitFile e, int part, int parts) throws IOException {
        layout.newPage();
        String label = layout.label(layout.pageIndex());
        float top = Layout.A4.getHeight() - 22;
        var cs = layout.cs;
        cs.setStrokingColor(0.2f);
        cs.setLineWidth(0.8f);
        cs.addRect(Layout.LEFT, top - STAMP + 6, Layout.WIDTH, STAMP - 6);
        cs.stroke();
        String left = Messages.get("bundle.stamp.exhibit", e.reference())
                + (parts > 1 ? "  " + Messages.get("bundle.stamp.part", part, parts) : "");
        layout.text(layout.bold, 11, Layout.LEFT + 8, top - 18, left);
        String right = Messages.get("bundle.stamp.page", label);
        layout.text(layout.bold, 11, Layout.RIGHT - 8 - layout.width(layout.bold, 11, right), top - 18, right);
        String description = e.description().isBlank() ? e.fileName() : e.description();
        float descWidth = Layout.WIDTH - 16 - layout.width(layout.bold, 11, left) - layout.width(layout.bold, 11, right) - 24;
        if (descWidth > 60) {
            layout.text(layout.regular, Layout.SMALL, Layout.LEFT + 16 + layout.width(layout.bold, 11, left) + 12,
                    top - 18, layout.fit(layout.regular, Layout.SMALL, description, descWidth));
        }
        layout.y = top - STAMP - 4;
        return layout.pageIndex();
    }

    private int placeholder(BundleDocument.ExhibitFile e, String key) throws IOException {
        int first = startPage(e, 1, 1);
        layout.paragraph(Messages.get(key, e.reference(), e.fileName(), e.mediaType()));
        return first;
    }

    private int text(BundleDocument.ExhibitFile e) throws IOException {
        int first = startPage(e, 1, 1);
        byte[] bytes = Files.readAllBytes(e.file());
        layout.paragraph(new String(bytes, StandardCharsets.UTF_8));
        return first;
    }

    private int image(BundleDocument.ExhibitFile e, ImagePrep.Prepared prepared) throws IOException {
        int first = startPage(e, 1, 1);
        PDImageXObject image;
        if (prepared.jpeg() != null && prepared.components() > 0) {
            // Size and colour are known already: PDFBox would otherwise decode the whole picture to find them.
            image = new PDImageXObject(layout.doc, new java.io.ByteArrayInputStream(prepared.jpeg()), COSName.DCT_DECODE,
                    prepared.width(), prepared.height(), 8, prepared.components() == 1
                    ? org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray.INSTANCE
                    : org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE);
        } else if (prepared.jpeg() != null) {
            image = JPEGFactory.createFromByteArray(layout.doc, prepared.jpeg());
        } else {
            image = LosslessFactory.createFromImage(layout.doc, prepared.image());
        }
        int orientation = prepared.orientation();
        float w = ExifOrientation.swapsSides(orientation) ? image.getHeight() : image.getWidth();
        float h = ExifOrientation.swapsSides(orientation) ? image.getWidth() : image.getHeight();
        float[] box = fitBox(w * prepared.pointsPerPixel(), h * prepared.pointsPerPixel());
        float[] c = ExifOrientation.corners(orientation);
        float bw = box[2];
        float bh = box[3];
        Matrix m = new Matrix(bw * (c[2] - c[0]), bh * (c[3] - c[1]), bw * (c[4] - c[0]), bh * (c[5] - c[1]),
                box[0] + bw * c[0], box[1] + bh * c[1]);
        layout.cs.drawImage(image, m);
        return first;
    }

    /** The largest box of this aspect that fits below the stamp, no larger than {@code w} x {@code h}, centred. */
    private float[] fitBox(float w, float h) {
        float top = layout.y - 4;
        float availW = Layout.WIDTH;
        float availH = top - Layout.BOTTOM;
        float s = Math.min(1f, Math.min(availW / w, availH / h));
        float bw = w * s;
        float bh = h * s;
        return new float[] {Layout.LEFT + (availW - bw) / 2, top - bh, bw, bh};
    }

    static float[] available() {
        float top = Layout.A4.getHeight() - 22 - STAMP - 8;
        return new float[] {Layout.WIDTH, top - Layout.BOTTOM};
    }

    private int pdf(BundleDocument.ExhibitFile e) throws IOException {
        int first = -1;
        try (PDDocument source = Loader.loadPDF(e.file().toFile(), cache)) {
            LayerUtility layers = new LayerUtility(layout.doc);
            PDFRenderer renderer = null;
            int n = source.getNumberOfPages();
            for (int i = 0; i < n; i++) {
                PDPage page = source.getPage(i);
                int start = startPage(e, i + 1, n);
                if (first < 0) {
                    first = start;
                }
                boolean redact = !redactor.isEmpty() && mentions(source, page, i);
                boolean unembedded = !fontsEmbedded(page.getResources(), 0);
                if (redact || unembedded) {
                    if (renderer == null) {
                        renderer = new PDFRenderer(source);
                    }
                    flattened(source, renderer, i, redact);
                    notes.add(Messages.get(redact ? "bundle.note.redactedPage" : "bundle.note.fontsPage",
                            e.reference(), i + 1));
                } else {
                    imported(layers, source, page, i);
                }
            }
        }
        return first;
    }

    private void imported(LayerUtility layers, PDDocument source, PDPage page, int i) throws IOException {
        PDFormXObject form = layers.importPageAsForm(source, i);
        PDRectangle crop = page.getCropBox();
        form.setMatrix(new AffineTransform());
        form.setBBox(crop);
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        float w = crop.getWidth();
        float h = crop.getHeight();
        boolean turned = rotation == 90 || rotation == 270;
        float dw = turned ? h : w;
        float dh = turned ? w : h;
        float[] available = {Layout.WIDTH, layout.y - 4 - Layout.BOTTOM};
        float s = Math.min(available[0] / dw, available[1] / dh);
        float x0 = Layout.LEFT + (available[0] - dw * s) / 2;
        float y0 = layout.y - 4 - dh * s;
        AffineTransform at = new AffineTransform();
        at.translate(x0, y0);
        at.scale(s, s);
        switch (rotation) {
            case 90 -> at.concatenate(new AffineTransform(0, -1, 1, 0, 0, w));
            case 180 -> at.concatenate(new AffineTransform(-1, 0, 0, -1, w, h));
            case 270 -> at.concatenate(new AffineTransform(0, 1, -1, 0, h, 0));
            default -> { }
        }
        at.translate(-crop.getLowerLeftX(), -crop.getLowerLeftY());
        var cs = layout.cs;
        cs.saveGraphicsState();
        cs.addRect(x0, y0, dw * s, dh * s);
        cs.clip();
        cs.transform(new Matrix(at));
        cs.drawForm(form);
        cs.restoreGraphicsState();
        cs.setStrokingColor(0.7f);
        cs.setLineWidth(0.5f);
        cs.addRect(x0, y0, dw * s, dh * s);
        cs.stroke();
    }

    /** Whether a redacted word is on this page, in its text or anywhere in its content streams. */
    private boolean mentions(PDDocument source, PDPage page, int i) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(i + 1);
        stripper.setEndPage(i + 1);
        if (!redactor.findIn(stripper.getText(source)).isEmpty()) {
            return true;
        }
        StringBuilder raw = new StringBuilder();
        try (InputStream in = page.getContents()) {
            raw.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
        rawForms(page.getResources(), raw, 0);
        return !redactor.findIn(raw.toString()).isEmpty();
    }

    private static void rawForms(PDResources resources, StringBuilder raw, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                try (InputStream in = new PDStream(form.getCOSObject()).createInputStream()) {
                    raw.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
                rawForms(form.getResources(), raw, depth + 1);
            }
        }
    }

    private static boolean fontsEmbedded(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return true;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font != null && !font.isEmbedded()) {
                return false;
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form && !fontsEmbedded(form.getResources(), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** The page as a picture; redacted words are painted over in the pixels before the picture is kept. */
    private void flattened(PDDocument source, PDFRenderer renderer, int i, boolean redact) throws IOException {
        BufferedImage picture = renderer.renderImageWithDPI(i, FLATTEN_DPI, ImageType.RGB);
        if (redact) {
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.BLACK);
            float scale = FLATTEN_DPI / 72f;
            for (float[] r : boxes(source, i)) {
                g.fillRect((int) (r[0] * scale) - 2, (int) (r[1] * scale) - 2, (int) (r[2] * scale) + 4,
                        (int) (r[3] * scale) + 4);
            }
            g.dispose();
        }
        PDImageXObject image = JPEGFactory.createFromImage(layout.doc, picture, 0.85f);
        float[] box = fitBox(picture.getWidth() * 72f / FLATTEN_DPI, picture.getHeight() * 72f / FLATTEN_DPI);
        float s = Math.min(available()[0] / (picture.getWidth() * 72f / FLATTEN_DPI),
                available()[1] / (picture.getHeight() * 72f / FLATTEN_DPI));
        if (s > 1) {
            box = fitBox(picture.getWidth() * 72f / FLATTEN_DPI * s, picture.getHeight() * 72f / FLATTEN_DPI * s);
        }
        layout.cs.drawImage(image, box[0], box[1], box[2], box[3]);
        layout.y = box[1] - 4;
        if (layout.y - 30 > Layout.BOTTOM) {
            layout.y -= 12;
            layout.text(layout.regular, Layout.SMALL, Layout.LEFT, layout.y,
                    Messages.get(redact ? "bundle.exhibit.redactedPage" : "bundle.exhibit.flattenedPage"));
        }
    }

    /** The boxes (x, y from the top, width, height in points) of every redacted word on a page. */
    private List<float[]> boxes(PDDocument source, int i) throws IOException {
        List<float[]> boxes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<TextPosition> at = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String s, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    for (int k = 0; k < p.getUnicode().length(); k++) {
                        text.append(p.getUnicode().charAt(k));
                        at.add(p);
                    }
                }
                text.append('\n');
                at.add(null);
            }
        };
        stripper.setStartPage(i + 1);
        stripper.setEndPage(i + 1);
        stripper.setSortByPosition(true);
        stripper.getText(source);
        for (int[] span : redactor.spansIn(text.toString())) {
            for (int k = span[0]; k < span[1]; k++) {
                TextPosition p = at.get(k);
                if (p != null) {
                    float h = Math.max(p.getHeightDir(), p.getFontSizeInPt()) * 1.3f;
                    boxes.add(new float[] {p.getXDirAdj(), p.getYDirAdj() - h, p.getWidthDirAdj(), h * 1.25f});
                }
            }
        }
        return boxes;
    }
}
