package org.casefile.importing;

import java.util.List;

/**
 * A file read and proposed, nothing stored: what the review screen and {@code casefile import --dry-run} show.
 *
 * @param sha256    the file's hash, taken before it was parsed; confirming refuses a file that changed since
 * @param proposals in time order; each can be edited before confirming
 */
public record ImportPreview(String fileName, long sizeBytes, String sha256, ParsedFile parsed,
                            List<Proposal> proposals) {
    public ImportPreview {
        proposals = List.copyOf(proposals);
    }

    public ImportPreview withProposals(List<Proposal> edited) {
        return new ImportPreview(fileName, sizeBytes, sha256, parsed, edited);
    }
}
