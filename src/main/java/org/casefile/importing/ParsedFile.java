package org.casefile.importing;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a parser read from a whole file. {@code dateOrder} is the order used (inferred or as told);
 * {@code dateOrderCertain} is false when every date in the file would read either way.
 */
public record ParsedFile(ImportFormat format, List<ImportedMessage> messages, DateOrder dateOrder,
                         boolean dateOrderCertain) {
    public ParsedFile {
        messages = List.copyOf(messages);
    }

    /** The distinct senders, in order of first appearance (system lines have none). */
    public Set<String> senders() {
        Set<String> out = new LinkedHashSet<>();
        messages.stream().filter(m -> m.kind() != MessageKind.SYSTEM && !m.who().isEmpty())
                .forEach(m -> out.add(m.who()));
        return out;
    }

    public Optional<LocalDateTime> first() {
        return messages.stream().map(ImportedMessage::at).min(LocalDateTime::compareTo);
    }

    public Optional<LocalDateTime> last() {
        return messages.stream().map(ImportedMessage::at).max(LocalDateTime::compareTo);
    }
}
