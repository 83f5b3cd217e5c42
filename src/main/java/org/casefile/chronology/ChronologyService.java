package org.casefile.chronology;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casefile.UserFacingException;
import org.casefile.client.ClientService;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditLog;
import org.casefile.security.User;

/** A case's chronology, gathered from every feature that contributes rows, oldest first. */
public final class ChronologyService {
    private static final Comparator<ChronologyEntry> ORDER = Comparator.comparing(ChronologyEntry::date)
            .thenComparing(ChronologyEntry::time, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ChronologyEntry::kind)
            .thenComparing(ChronologyEntry::subjectId);

    private final List<ChronologySource> sources;
    private final ClientService clients;
    private final AuditLog audit;
    private final User me;

    public ChronologyService(List<ChronologySource> sources, ClientService clients, AuditLog audit, User me) {
        this.sources = List.copyOf(sources);
        this.clients = clients;
        this.audit = audit;
        this.me = me;
    }

    public List<ChronologyEntry> entries(long clientId, ChronologyFilter filter) {
        List<ChronologyEntry> all = new ArrayList<>();
        for (ChronologySource source : sources) {
            source.entries(clientId).stream().filter(filter::accepts).forEach(all::add);
        }
        all.sort(ORDER);
        return all;
    }

    /**
     * Writes the filtered chronology to {@code target} as CSV (beside it under a temporary name, then moved into
     * place, so a failed export leaves no half file). The export is audited. Returns the number of rows.
     */
    public int exportCsv(long clientId, ChronologyFilter filter, Path target) {
        List<ChronologyEntry> rows = entries(clientId, filter);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                ChronologyCsv.write(rows, out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserFacingException("chronology.export.failed", target.getFileName().toString());
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Nothing more to do: the partial file is in the folder the person chose.
            }
        }
        clients.inCase(clientId, em -> {
            audit.append(em, AuditEvent.of(me.username(), AuditAction.CHRONOLOGY_EXPORTED)
                    .about("client", clients.referenceOf(em, clientId)).withDetail(rows.size() + " rows"));
            return null;
        });
        return rows.size();
    }
}
