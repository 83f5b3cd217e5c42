package org.casefile.evidence;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.casefile.UserFacingException;

/** Makes the pixels of a derived copy. Pure: bytes in, PNG bytes out; the original is never touched. */
public final class ImageEdits {
    private ImageEdits() {
    }

    /** A rectangle to keep, in fractions of the width and height (0..1), so it does not depend on screen size. */
    public record Crop(double x, double y, double width, double height) {
        public Crop {
            if (x < 0 || y < 0 || width <= 0 || height <= 0 || x + width > 1.0001 || y + height > 1.0001) {
                throw new IllegalArgumentException("crop outside the image");
            }
        }
    }

    static byte[] apply(byte[] original, Derivation how, Crop crop) {
        BufferedImage image = read(original);
        BufferedImage out = switch (how) {
            case ROTATED_LEFT -> rotate(image, -1);
            case ROTATED_RIGHT -> rotate(image, 1);
            case CROPPED -> crop(image, crop);
            case CONVERTED_TO_PNG -> image;
        };
        return png(out);
    }

    static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new UserFacingException("exhibit.derive.unreadableImage");
            }
            return image;
        } catch (IOException e) {
            throw new UserFacingException("exhibit.derive.unreadableImage");
        }
    }

    private static BufferedImage rotate(BufferedImage in, int quarterTurns) {
        int w = in.getWidth();
        int h = in.getHeight();
        BufferedImage out = new BufferedImage(h, w, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        AffineTransform t = new AffineTransform();
        if (quarterTurns > 0) {
            t.translate(h, 0);
            t.quadrantRotate(1);
        } else {
            t.translate(0, w);
            t.quadrantRotate(-1);
        }
        g.drawImage(in, t, null);
        g.dispose();
        return out;
    }

    private static BufferedImage crop(BufferedImage in, Crop crop) {
        if (crop == null) {
            throw new IllegalArgumentException("a crop needs a rectangle");
        }
        int x = (int) Math.floor(crop.x() * in.getWidth());
        int y = (int) Math.floor(crop.y() * in.getHeight());
        int w = Math.max(1, Math.min(in.getWidth() - x, (int) Math.round(crop.width() * in.getWidth())));
        int h = Math.max(1, Math.min(in.getHeight() - y, (int) Math.round(crop.height() * in.getHeight())));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(in.getSubimage(x, y, w, h), 0, 0, null);
        g.dispose();
        return out;
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
