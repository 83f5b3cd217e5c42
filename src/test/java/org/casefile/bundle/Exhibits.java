package org.casefile.bundle;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Made-up exhibit files for bundle tests: photos (one stored sideways with an EXIF tag), screenshots, PDFs. */
public final class Exhibits {
    private Exhibits() {
    }

    /** A photo-like JPEG with an arrow pointing up and the word TOP at the top, as the camera saw it. */
    public static byte[] jpeg(int w, int h) throws IOException {
        return encode(picture(w, h, "TOP"), "jpeg");
    }

    /**
     * A JPEG stored sideways (the sensor's way) with EXIF orientation 6: shown upright, TOP is at the top. The
     * pixels are the upright picture turned a quarter anticlockwise.
     */
    public static byte[] sidewaysJpeg(int uprightW, int uprightH) throws IOException {
        BufferedImage upright = picture(uprightW, uprightH, "TOP");
        BufferedImage stored = new BufferedImage(uprightH, uprightW, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < uprightH; y++) {
            for (int x = 0; x < uprightW; x++) {
                // Orientation 6: stored row r, column c shows upright (x = W-1-... ) — stored = upright turned anticlockwise.
                stored.setRGB(y, uprightW - 1 - x, upright.getRGB(x, y));
            }
        }
        return withOrientation(encode(stored, "jpeg"), 6);
    }

    public static byte[] png(int w, int h) throws IOException {
        return encode(picture(w, h, "SCREENSHOT"), "png");
    }

    /** A PNG stored upside down with an eXIf chunk saying orientation 3 (turn it half round to view). */
    public static byte[] upsideDownPng(int w, int h) throws IOException {
        BufferedImage upright = picture(w, h, "TOP");
        BufferedImage stored = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                stored.setRGB(w - 1 - x, h - 1 - y, upright.getRGB(x, y));
            }
        }
        byte[] png = encode(stored, "png");
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 3, 0, 0, 0, 0, 0, 0};
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("eXIf".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(tiff);
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + tiff.length);
        chunk.putInt(tiff.length).put("eXIf".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(tiff)
                .putInt((int) crc.getValue());
        int afterHeader = 8 + 25; // signature, then the IHDR chunk (13 bytes of data)
        byte[] out = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, out, 0, afterHeader);
        System.arraycopy(chunk.array(), 0, out, afterHeader, chunk.capacity());
        System.arraycopy(png, afterHeader, out, afterHeader + chunk.capacity(), png.length - afterHeader);
        return out;
    }

    private static BufferedImage picture(int w, int h, String word) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200, 225, 240));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(40, 90, 60));
        g.fillRect(0, h * 3 / 4, w, h / 4);
        g.setColor(Color.RED.darker());
        int[] xs = {w / 2, w / 2 - w / 8, w / 2 + w / 8};
        int[] ys = {h / 8, h / 3, h / 3};
        g.fillPolygon(xs, ys, 3);
        g.fillRect(w / 2 - w / 40, h / 3, w / 20, h / 3);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, h / 14)));
        g.drawString(word, w / 20, h / 10);
        g.dispose();
        return img;
    }

    private static byte[] encode(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    /** Puts an APP1 EXIF segment holding only the orientation tag right after the JPEG's start marker. */
    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
                0, 0, 0, 0};
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        int length = exif.length + 2;
        byte[] out = new byte[jpeg.length + 4 + exif.length];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xD8;
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xE1;
        out[4] = (byte) (length >> 8);
        out[5] = (byte) length;
        System.arraycopy(exif, 0, out, 6, exif.length);
        System.arraycopy(jpeg, 2, out, 6 + exif.length, jpeg.length - 2);
        return out;
    }

    /**
     * A letter as a PDF with an embedded font: a portrait page, then a landscape page (a table), in several
     * scripts. {@code extra} is written on the first page (a test puts a confidential detail there).
     */
    public static byte[] letterPdf(String extra, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font;
            try (InputStream in = Exhibits.class.getResourceAsStream("/org/casefile/bundle/fonts/DejaVuSans.ttf")) {
                font = PDType0Font.load(doc, in, true);
            }
            for (int i = 0; i < pages; i++) {
                boolean landscape = i % 2 == 1;
                PDPage page = new PDPage(landscape ? new PDRectangle(842, 595) : PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 14);
                    cs.newLineAtOffset(60, page.getMediaBox().getHeight() - 80);
                    cs.showText("Letter page " + (i + 1) + (landscape ? " (landscape table)" : ""));
                    cs.newLineAtOffset(0, -24);
                    cs.setFont(font, 11);
                    cs.showText("Dear Łucja, we write about the message of 3 March. Ørsted, Şahin, Ελένη, Ирина.");
                    if (i == 0 && extra != null && !extra.isEmpty()) {
                        cs.newLineAtOffset(0, -18);
                        cs.showText(extra);
                    }
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The letter with every page turned by {@code degrees} through the page's /Rotate entry (as scanners do). */
    public static byte[] rotatedPdf(int degrees) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(letterPdf("", 1))) {
            doc.getPage(0).setRotation(degrees);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A one-page PDF in Helvetica, not embedded (as many office printers make them). */
    public static byte[] unembeddedPdf(String line) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(60, 760);
                cs.showText("Police letter");
                cs.newLineAtOffset(0, -20);
                cs.showText(line);
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
