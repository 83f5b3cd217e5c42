package org.casefile.importing;

import java.util.List;

/** What confirming stored: the original as an exhibit, the files the messages carried, and the incidents. */
public record ImportResult(long exhibitId, String exhibitReference, List<String> attachmentReferences,
                           List<Long> incidentIds) {
    public ImportResult {
        attachmentReferences = List.copyOf(attachmentReferences);
        incidentIds = List.copyOf(incidentIds);
    }
}
