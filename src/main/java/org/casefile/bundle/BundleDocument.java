package org.casefile.bundle;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the renderer needs, as records: no store, no screen. Texts are as recorded; the renderer passes every
 * one through the {@link Redactor} before drawing it.
 */
public record BundleDocument(String title, Cover cover, Numbering numbering, List<Section> sections,
                             Redactor redactor) {
    public BundleDocument {
        sections = List.copyOf(sections);
    }

    /** The first page's details. {@code hearing} and {@code range} may be empty. */
    public record Cover(String caseReference, String clientName, String kind, String preparedBy, String date,
                        String hearing, String range, String redaction) {
    }

    /** One section: its blocks, then (for the exhibits section) each exhibit on pages of its own. */
    public record Section(String title, List<Block> blocks, List<ExhibitFile> exhibits) {
        public Section {
            blocks = List.copyOf(blocks);
            exhibits = List.copyOf(exhibits);
        }
    }

    /**
     * An exhibit's verified bytes in a private temporary file. {@code ready} completes once the file is written and
     * its SHA-256 matched (exceptionally when it did not), so checking and drawing can overlap; nothing reads
     * the file before.
     */
    public record ExhibitFile(String reference, String description, String fileName, String mediaType, Path file,
                              java.util.concurrent.CompletableFuture<Void> ready) {
        public ExhibitFile(String reference, String description, String fileName, String mediaType, Path file) {
            this(reference, description, fileName, mediaType, file,
                    java.util.concurrent.CompletableFuture.completedFuture(null));
        }

        /** Waits until the file is verified; rethrows the sentence of a failed check. */
        void awaitReady() {
            try {
                ready.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BundleCancelled();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("exhibit copy failed", e.getCause());
            }
        }
    }
}
