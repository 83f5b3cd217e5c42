package org.casefile.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads text a line at a time with a strict decoder (a byte that is not valid UTF-8 is reported with its line,
 * never turned silently into a replacement character) and a cap on a line's length, so a gigabyte without a
 * line break is refused rather than held. A UTF-8 or UTF-16 byte-order mark picks the encoding.
 */
final class LineReader implements AutoCloseable {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(64 * 1024).flip();
    private boolean inputDone;
    private boolean malformed;
    private final int maxChars;
    private final char[] buffer = new char[64 * 1024];
    private int pos;
    private int end;
    private int lineNumber;
    private boolean eof;
    private boolean pendingCr;

    LineReader(InputStream in, int maxChars) throws IOException {
        java.io.BufferedInputStream b = new java.io.BufferedInputStream(in, 64 * 1024);
        b.mark(4);
        byte[] bom = b.readNBytes(3);
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (bom.length >= 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF) {
            skip = 3;
        } else if (bom.length >= 2 && (bom[0] & 0xff) == 0xFF && (bom[1] & 0xff) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bom.length >= 2 && (bom[0] & 0xff) == 0xFE && (bom[1] & 0xff) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        b.reset();
        b.skipNBytes(skip);
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.in = b;
        this.decoder = decoder;
        this.maxChars = maxChars;
    }

    /** The number of the line last returned, from 1. */
    int lineNumber() {
        return lineNumber;
    }

    /** The next line without its ending, or null at the end. */
    String next() {
        StringBuilder line = null;
        while (true) {
            if (pos >= end) {
                if (eof || !fill()) {
                    eof = true;
                    if (line == null) {
                        return null;
                    }
                    lineNumber++;
                    return line.toString();
                }
            }
            if (pendingCr) {
                pendingCr = false;
                if (buffer[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            int start = pos;
            while (pos < end && buffer[pos] != '\n' && buffer[pos] != '\r') {
                pos++;
            }
            if (line == null && pos < end) {
                // The common case: the whole line is in the buffer.
                if (pos - start > maxChars) {
                    throw new ImportProblem("import.lineTooLong", lineNumber + 1, maxChars);
                }
                String whole = new String(buffer, start, pos - start);
                if (buffer[pos] == '\r') {
                    pendingCr = true;
                }
                pos++;
                lineNumber++;
                return whole;
            }
            if (line == null) {
                line = new StringBuilder(Math.min(pos - start + 16, 1024));
            }
            line.append(buffer, start, pos - start);
            if (line.length() > maxChars) {
                throw new ImportProblem("import.lineTooLong", lineNumber + 1, maxChars);
            }
            if (pos < end) {
                if (buffer[pos] == '\r') {
                    pendingCr = true;
                }
                pos++;
                lineNumber++;
                return line.toString();
            }
        }
    }

    /**
     * Decodes the next stretch of characters. Characters decoded before a malformed byte are returned first, so
     * the problem is reported with the line it is on.
     */
    private boolean fill() {
        if (malformed) {
            throw new ImportProblem("import.encoding", lineNumber + 1);
        }
        java.nio.CharBuffer out = java.nio.CharBuffer.wrap(buffer);
        try {
            while (true) {
                if (!bytes.hasRemaining() || bytes.remaining() < 4) {
                    if (!inputDone) {
                        bytes.compact();
                        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                        if (n < 0) {
                            inputDone = true;
                        } else {
                            bytes.position(bytes.position() + n);
                        }
                        bytes.flip();
                    }
                }
                java.nio.charset.CoderResult r = decoder.decode(bytes, out, inputDone);
                if (r.isError()) {
                    malformed = true;
                    break;
                }
                if (r.isOverflow() || out.position() > 0 || inputDone) {
                    if (inputDone && !r.isOverflow()) {
                        r = decoder.flush(out);
                        if (r.isError()) {
                            malformed = true;
                        }
                    }
                    break;
                }
            }
        } catch (IOException e) {
            throw new ImportProblem("import.truncated", lineNumber + 1);
        }
        if (out.position() == 0) {
            if (malformed) {
                throw new ImportProblem("import.encoding", lineNumber + 1);
            }
            return false;
        }
        pos = 0;
        end = out.position();
        return true;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // Only read from; nothing to lose.
        }
    }
}
