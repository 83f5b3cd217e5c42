package org.casefile.evidence;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.casefile.UserFacingException;

/**
 * Turns verified exhibit bytes into something a screen can show, in memory only (nothing written to temporary
 * files). Pure: no JavaFX, so screens convert the pixels themselves.
 */
public final class Previews {
    /** Text previews stop here: enough to recognise an email or a note. */
    public static final int TEXT_LIMIT = 200_000;

    private Previews() {
    }

    /** A rendered page: ARGB pixels, row by row. */
    public record Pixels(int width, int height, int[] argb, int page, int pages) {
    }

    public static Pixels pdfPage(byte[] pdf, int pageIndex, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            int page = Math.clamp(pageIndex, 0, Math.max(0, pages - 1));
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.ARGB);
            int w = image.getWidth();
            int h = image.getHeight();
            return new Pixels(w, h, image.getRGB(0, 0, w, h, null, 0, w), page, pages);
        } catch (IOException e) {
            throw new UserFacingException("exhibit.preview.unreadablePdf");
        }
    }

    public static String text(byte[] bytes) {
        String s = new String(bytes, 0, Math.min(bytes.length, TEXT_LIMIT), StandardCharsets.UTF_8);
        return bytes.length > TEXT_LIMIT ? s + "\n…" : s;
    }
}
