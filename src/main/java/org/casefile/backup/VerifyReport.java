package org.casefile.backup;

import java.util.List;

/**
 * What checking a store found: how much was read and each problem with the reference of the record it concerns
 * (a table name, a case and exhibit reference, an audit entry number), never its content.
 */
public record VerifyReport(long tables, long rows, long exhibits, long exhibitBytes, long auditEntries,
                           String auditReasonKey, List<Problem> problems) {
    public boolean clean() {
        return problems.isEmpty();
    }

    /** {@code messageKey} takes the reference as its one argument. */
    public record Problem(String messageKey, String reference) {
    }
}
