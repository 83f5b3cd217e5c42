package org.casefile.client;

import java.time.Instant;
import java.util.List;
import org.casefile.risk.RiskLevel;

/** A client as a screen shows it. {@code version} goes back with an edit so a conflicting change is caught. */
public record ClientRecord(long id, String reference, ClientDraft details, CaseStatus status, RiskLevel riskLevel,
                           Instant createdAt, long version, List<StatusEntry> statusHistory) {

    public record StatusEntry(CaseStatus status, Instant at, String reason, String by) {
    }

    public String displayName() {
        return details.fullName();
    }

    public boolean hasConfidentialAddress() {
        return details.addresses().stream().anyMatch(ClientDraft.Address::confidential);
    }
}
