package org.casefile.importing;

import java.io.ByteArrayOutputStream;

/** Quoted-printable (RFC 2045), and its header form in encoded words where "_" is a space. */
final class QuotedPrintable {
    private QuotedPrintable() {
    }

    static byte[] decode(byte[] in, boolean headerForm) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b == '_' && headerForm) {
                out.write(' ');
            } else if (b == '=') {
                if (i + 1 < in.length && in[i + 1] == '\n') {
                    i += 1;
                } else if (i + 2 < in.length && in[i + 1] == '\r' && in[i + 2] == '\n') {
                    i += 2;
                } else if (i + 2 < in.length && digit(in[i + 1]) >= 0 && digit(in[i + 2]) >= 0) {
                    out.write(digit(in[i + 1]) * 16 + digit(in[i + 2]));
                    i += 2;
                } else if (i + 2 == in.length && digit(in[i + 1]) >= 0) {
                    out.write(b);
                } else if (i + 1 == in.length) {
                    // A soft break at the very end.
                    break;
                } else {
                    // Malformed: keep it as written, as mail programs do.
                    out.write(b);
                }
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static int digit(byte b) {
        return Character.digit((char) (b & 0xff), 16);
    }
}
