package org.casefile.incident;

import java.util.List;
import org.casefile.client.ClientSummary;

/** A case whose log suggests a risk review, and the signals that say so, newest first. */
public record ReviewSuggestion(ClientSummary client, List<EscalationSignal> signals) {
    public ReviewSuggestion {
        signals = List.copyOf(signals);
    }
}
