package org.casefile.bundle;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the EXIF orientation tag (1–8) of a JPEG (APP1) or PNG (eXIf chunk): phones store photos sideways and say
 * so there. Only the header is read; 1 (upright) when there is no tag or the file is neither.
 */
public final class ExifOrientation {
    private ExifOrientation() {
    }

    public static int read(InputStream input) throws IOException {
        DataInputStream in = new DataInputStream(input);
        int start = in.readUnsignedShort();
        if (start == 0x8950) {
            return fromPng(in);
        }
        if (start != 0xFFD8) {
            return 1;
        }
        while (true) {
            int marker = in.readUnsignedShort();
            if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                return 1;
            }
            int length = in.readUnsignedShort() - 2;
            if (length < 0) {
                return 1;
            }
            byte[] segment = in.readNBytes(length);
            if (marker == 0xFFE1 && segment.length > 14 && segment[0] == 'E' && segment[1] == 'x' && segment[2] == 'i'
                    && segment[3] == 'f' && segment[4] == 0 && segment[5] == 0) {
                return fromTiff(segment, 6);
            }
        }
    }

    /** A PNG's orientation lives in an eXIf chunk (the same TIFF structure as a JPEG's APP1), before its pixels. */
    private static int fromPng(DataInputStream in) throws IOException {
        if (in.readUnsignedShort() != 0x4E47 || in.readInt() != 0x0D0A1A0A) {
            return 1;
        }
        while (true) {
            int length = in.readInt();
            byte[] type = in.readNBytes(4);
            String name = new String(type, java.nio.charset.StandardCharsets.US_ASCII);
            if (length < 0 || name.equals("IDAT") || name.equals("IEND")) {
                return 1;
            }
            if (name.equals("eXIf") && length >= 8) {
                return fromTiff(in.readNBytes(length), 0);
            }
            in.skipNBytes(length + 4L);
        }
    }

    private static int fromTiff(byte[] b, int base) {
        boolean little = b[base] == 'I';
        int ifd = base + u32(b, base + 4, little);
        if (ifd + 2 > b.length) {
            return 1;
        }
        int entries = u16(b, ifd, little);
        for (int i = 0; i < entries; i++) {
            int e = ifd + 2 + i * 12;
            if (e + 12 > b.length) {
                return 1;
            }
            if (u16(b, e, little) == 0x0112) {
                int value = u16(b, e + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xFF;
        int y = b[at + 1] & 0xFF;
        return little ? x | y << 8 : x << 8 | y;
    }

    private static int u32(byte[] b, int at, boolean little) {
        return little ? u16(b, at, true) | u16(b, at + 2, true) << 16 : u16(b, at, false) << 16 | u16(b, at + 2, false);
    }

    /** Whether the picture is turned a quarter (width and height swap when shown upright). */
    public static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * Where the stored image's corners (0,0), (1,0) and (0,1) land in the upright box, as fractions of its width
     * and height: {x0, y0, x1, y1, x2, y2}. PDF image space has (0,0) at the bottom left.
     */
    public static float[] corners(int orientation) {
        return switch (orientation) {
            case 2 -> new float[] {1, 0, 0, 0, 1, 1};
            case 3 -> new float[] {1, 1, 0, 1, 1, 0};
            case 4 -> new float[] {0, 1, 1, 1, 0, 0};
            case 5 -> new float[] {1, 1, 1, 0, 0, 1};
            case 6 -> new float[] {0, 1, 0, 0, 1, 1};
            case 7 -> new float[] {0, 0, 0, 1, 1, 0};
            case 8 -> new float[] {1, 0, 1, 1, 0, 0};
            default -> new float[] {0, 0, 1, 0, 0, 1};
        };
    }
}
