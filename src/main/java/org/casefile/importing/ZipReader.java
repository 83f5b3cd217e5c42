package org.casefile.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip defensively. Sizes in entry headers are never trusted: bytes are counted as they are inflated,
 * and the whole archive is refused as soon as it passes the limit on total bytes, on entries, or on how many
 * times larger than its compressed bytes it has grown (a zip bomb). Nothing is written to disk.
 */
final class ZipReader {
    private static final int MAX_CHAT_BYTES = 256 * 1024 * 1024;

    /** The text files (name → bytes) and the sizes of every other entry (by file name, folders dropped). */
    record Contents(Map<String, byte[]> texts, Map<String, Long> others) {
        /** The chat: iOS calls it _chat.txt, Android "WhatsApp Chat with ….txt"; a single .txt is taken as it. */
        String chatText() {
            if (texts.containsKey("_chat.txt")) {
                return "_chat.txt";
            }
            for (String name : texts.keySet()) {
                if (name.toLowerCase(Locale.ROOT).startsWith("whatsapp chat")) {
                    return name;
                }
            }
            return texts.size() == 1 ? texts.keySet().iterator().next() : null;
        }
    }

    private ZipReader() {
    }

    static Contents read(ImportInput input, ImportLimits limits) {
        Map<String, byte[]> texts = new LinkedHashMap<>();
        Map<String, Long> others = new HashMap<>();
        walk(input, limits, (name, in) -> {
            if (name.toLowerCase(Locale.ROOT).endsWith(".txt") && texts.size() < 8) {
                byte[] bytes = in.readNBytes(MAX_CHAT_BYTES + 1);
                if (bytes.length > MAX_CHAT_BYTES) {
                    throw new ImportProblem("import.tooLarge", MAX_CHAT_BYTES / (1024 * 1024));
                }
                texts.put(name, bytes);
            } else {
                others.put(name, in.transferTo(java.io.OutputStream.nullOutputStream()));
            }
        });
        return new Contents(texts, others);
    }

    /** The bytes of the entries named in {@code wanted}. */
    static Map<String, byte[]> extract(ImportInput input, ImportLimits limits, Set<String> wanted) {
        Map<String, byte[]> out = new HashMap<>();
        walk(input, limits, (name, in) -> {
            if (wanted.contains(name) && !out.containsKey(name)) {
                out.put(name, in.readAllBytes());
            } else {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        });
        return out;
    }

    private interface EntryReader {
        void read(String name, InputStream in) throws IOException;
    }

    private static void walk(ImportInput input, ImportLimits limits, EntryReader reader) {
        if (input.size() > limits.maxFileBytes()) {
            throw new ImportProblem("import.tooLarge", limits.maxFileBytes() / (1024 * 1024));
        }
        try (InputStream raw = input.open()) {
            Counting compressed = new Counting(raw, Long.MAX_VALUE, null);
            ZipInputStream zip = new ZipInputStream(compressed);
            long[] inflated = {0};
            int entries = 0;
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw new ImportProblem("import.zip.tooManyEntries", limits.maxZipEntries());
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().replace('\\', '/');
                name = name.substring(name.lastIndexOf('/') + 1);
                Counting counted = new Counting(zip, Long.MAX_VALUE, n -> {
                    inflated[0] += n;
                    if (inflated[0] > limits.maxUnzippedBytes()) {
                        throw new ImportProblem("import.zip.bomb", limits.maxUnzippedBytes() / (1024 * 1024));
                    }
                    if (inflated[0] > 1024 * 1024
                            && inflated[0] / Math.max(1, compressed.count) > limits.maxZipRatio()) {
                        throw new ImportProblem("import.zip.bomb", limits.maxUnzippedBytes() / (1024 * 1024));
                    }
                });
                reader.read(name, counted);
            }
            if (entries == 0) {
                throw new ImportProblem("import.zip.damaged");
            }
        } catch (ImportProblem p) {
            throw p;
        } catch (ZipException | java.io.EOFException e) {
            throw new ImportProblem("import.zip.damaged");
        } catch (IOException | RuntimeException e) {
            // ZipInputStream reports some damage as IllegalArgumentException (bad names) or others.
            throw new ImportProblem("import.zip.damaged");
        }
    }

    /** Counts bytes read through it and tells a listener, which may refuse by throwing. */
    private static final class Counting extends FilterInputStream {
        long count;
        private final java.util.function.LongConsumer listener;

        Counting(InputStream in, long unused, java.util.function.LongConsumer listener) {
            super(in);
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public void close() {
            // The zip stream is closed by its owner; an entry's reader must not close it.
        }

        private void add(long n) {
            count += n;
            if (listener != null) {
                listener.accept(n);
            }
        }
    }
}
