package org.casefile.bundle;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Gets photos ready for the page on worker threads, a few exhibits ahead of the page being drawn: reads the
 * orientation, decodes at no more than 300 dpi for the size it will be shown at (decoding every n-th pixel, so a
 * 12-megapixel photo never sits whole in memory), and re-encodes JPEGs. A JPEG already at or below 300 dpi is
 * kept byte for byte. At most {@link #AHEAD} pictures are held at once.
 */
final class ImagePrep implements AutoCloseable {
    static final int AHEAD = 3;
    static final float MAX_DPI = 300;

    /** A picture ready to embed: JPEG bytes, or pixels to store losslessly. */
    /**
     * A picture ready to embed: JPEG bytes with their size and colour components (0 when unknown: PDFBox then
     * reads them itself), or pixels to store losslessly.
     */
    record Prepared(byte[] jpeg, int width, int height, int components, BufferedImage image, int orientation,
                    float pointsPerPixel) {
    }

    private final List<BundleDocument.ExhibitFile> exhibits;
    private final ExecutorService workers;
    private final Map<Integer, Future<Prepared>> pending = new HashMap<>();
    private int submitted;

    ImagePrep(List<BundleDocument.ExhibitFile> exhibits, int threads) {
        this.exhibits = exhibits;
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "casefile-bundle-images");
            t.setDaemon(true);
            return t;
        });
    }

    /** The prepared picture of exhibit {@code position}; starts the next few meanwhile. */
    Prepared get(int position) throws IOException {
        while (submitted < exhibits.size() && submitted <= position + AHEAD) {
            int k = submitted++;
            BundleDocument.ExhibitFile e = exhibits.get(k);
            if (e.mediaType().startsWith("image/")) {
                pending.put(k, workers.submit(() -> {
                    e.awaitReady();
                    return prepare(e.file(), e.mediaType());
                }));
            }
        }
        Future<Prepared> f = pending.remove(position);
        if (f == null) {
            return prepare(exhibits.get(position).file(), exhibits.get(position).mediaType());
        }
        try {
            return f.get();
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new BundleCancelled();
        } catch (ExecutionException ee) {
            if (ee.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("image could not be prepared", ee.getCause());
        }
    }

    static Prepared prepare(Path file, String mediaType) throws IOException {
        boolean jpeg = mediaType.equals("image/jpeg");
        int orientation = 1;
        if (jpeg || mediaType.equals("image/png")) {
            try (InputStream in = Files.newInputStream(file)) {
                orientation = ExifOrientation.read(in);
            } catch (IOException e) {
                orientation = 1;
            }
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no reader for this picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                boolean swap = ExifOrientation.swapsSides(orientation);
                float[] box = ExhibitPages.available();
                float shownW = swap ? h : w;
                float shownH = swap ? w : h;
                // Points per pixel when fitted to the page; small pictures are not enlarged.
                float scale = Math.min(1f, Math.min(box[0] / shownW, box[1] / shownH));
                float dpi = 72f / scale;
                int step = dpi > MAX_DPI ? (int) Math.ceil(dpi / MAX_DPI) : 1;
                if (jpeg && step == 1) {
                    var raw = reader.getRawImageType(0);
                    int components = raw == null ? 0 : raw.getNumComponents();
                    return new Prepared(Files.readAllBytes(file), w, h, components == 1 || components == 3 ? components : 0,
                            null, orientation, scale);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                float pointsPerPixel = scale * step;
                if (jpeg) {
                    boolean gray = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
                    return new Prepared(encodeJpeg(image), image.getWidth(), image.getHeight(), gray ? 1 : 3, null,
                            orientation, pointsPerPixel);
                }
                return new Prepared(null, 0, 0, 0, image, orientation, pointsPerPixel);
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] encodeJpeg(BufferedImage image) throws IOException {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR && image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            rgb.getGraphics().drawImage(image, 0, 0, null);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(rgb, null, null), p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        pending.values().forEach(f -> f.cancel(true));
        workers.shutdownNow();
    }
}
