package org.casefile.referral;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.casefile.InvalidInput;
import org.casefile.UserFacingException;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditLog;
import org.casefile.security.User;
import org.casefile.store.Transactions;

/** The directory of agencies: kept, edited, and moved in and out as CSV (all of a file or none of it). */
public final class AgencyService {
    /** The CSV columns, in order; a file's header must name them (any order, any case). */
    public static final List<String> COLUMNS = List.of("name", "type", "contact", "phone", "email", "secure email",
            "address", "notes", "active");
    private static final long CSV_LIMIT = 5L * 1024 * 1024;

    private final Transactions transactions;
    private final AuditLog audit;
    private final User me;

    public AgencyService(Transactions transactions, AuditLog audit, User me) {
        this.transactions = transactions.as(me.username());
        this.audit = audit;
        this.me = me;
    }

    /** Every agency, by name. */
    public List<AgencyRecord> all() {
        return transactions.read(em -> em.createQuery("from Agency a order by lower(a.name)", Agency.class)
                .getResultStream().map(Agency::toRecord).toList());
    }

    public AgencyRecord create(AgencyDraft draft) {
        check(draft);
        return transactions.write(em -> {
            refuseDuplicate(em, draft.name(), null);
            Agency a = new Agency(draft);
            em.persist(a);
            em.flush();
            audit.append(em, AuditEvent.of(me.username(), AuditAction.AGENCY_SAVED).withDetail("created " + draft.kind()));
            return a.toRecord();
        });
    }

    public AgencyRecord update(long id, long version, AgencyDraft draft) {
        check(draft);
        return transactions.write(em -> {
            Agency a = em.find(Agency.class, id);
            if (a == null) {
                throw new UserFacingException("agency.notFound");
            }
            if (a.version() != version) {
                throw new UserFacingException("record.changedElsewhere");
            }
            refuseDuplicate(em, draft.name(), id);
            a.apply(draft);
            em.flush();
            audit.append(em, AuditEvent.of(me.username(), AuditAction.AGENCY_SAVED).withDetail("updated"));
            return a.toRecord();
        });
    }

    private static void refuseDuplicate(jakarta.persistence.EntityManager em, String name, Long except) {
        boolean taken = em.createQuery("select a.id from Agency a where lower(a.name) = :n", Long.class)
                .setParameter("n", name.toLowerCase(Locale.ROOT)).getResultStream().anyMatch(id -> !id.equals(except));
        if (taken) {
            throw new InvalidInput(Map.of("name", "agency.invalid.duplicate"));
        }
    }

    private static void check(AgencyDraft d) {
        if (d.name().isEmpty()) {
            throw new InvalidInput(Map.of("name", "agency.invalid.name"));
        }
        if (d.name().length() > 200) {
            throw new InvalidInput(Map.of("name", "referral.invalid.tooLong"));
        }
        if (!d.secureEmail().isEmpty() && !d.secureEmail().contains("@")) {
            throw new InvalidInput(Map.of("secureEmail", "agency.invalid.email"));
        }
        if (!d.email().isEmpty() && !d.email().contains("@")) {
            throw new InvalidInput(Map.of("email", "agency.invalid.email"));
        }
    }

    /**
     * Adds the agencies in a CSV file (header row naming {@link #COLUMNS}; type as in the directory, e.g.
     * "police" or "MENTAL_HEALTH"). Agencies already in the directory by name are updated. Any problem refuses
     * the whole file with the line it is on; nothing is half-imported.
     *
     * @return how many agencies were added or updated
     */
    public int importCsv(Path file) {
        List<AgencyDraft> drafts = new ArrayList<>();
        try {
            if (Files.size(file) > CSV_LIMIT) {
                throw new UserFacingException("agency.csv.tooBig");
            }
        } catch (IOException e) {
            throw new UserFacingException("agency.csv.unreadable", file.getFileName().toString());
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreHeaderCase(true).setTrim(true).get().parse(in)) {
            Set<String> header = new HashSet<>();
            csv.getHeaderNames().forEach(h -> header.add(h.replace("\uFEFF", "").toLowerCase(Locale.ROOT)));
            if (!header.contains("name") || !header.contains("type")) {
                throw new UserFacingException("agency.csv.header");
            }
            Set<String> names = new HashSet<>();
            for (CSVRecord raw : csv) {
                long line = csv.getCurrentLineNumber();
                Map<String, String> r = new java.util.HashMap<>();
                raw.toMap().forEach((k, v) -> r.put(k.replace("\uFEFF", "").toLowerCase(Locale.ROOT), v));
                String name = value(r, "name");
                if (name.isEmpty()) {
                    throw new UserFacingException("agency.csv.noName", line);
                }
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    throw new UserFacingException("agency.csv.twice", line);
                }
                AgencyKind kind = kind(value(r, "type"), line);
                String active = value(r, "active");
                AgencyDraft d = new AgencyDraft(name, kind, value(r, "contact"), value(r, "phone"), value(r, "email"),
                        value(r, "secure email"), value(r, "address"), value(r, "notes"),
                        !(active.equalsIgnoreCase("no") || active.equalsIgnoreCase("false")));
                try {
                    check(d);
                } catch (InvalidInput bad) {
                    throw new UserFacingException("agency.csv.invalid", line,
                            org.casefile.Messages.get(bad.problems().values().iterator().next()));
                }
                drafts.add(d);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UserFacingException("agency.csv.unreadable", file.getFileName().toString());
        } catch (java.io.UncheckedIOException e) {
            throw new UserFacingException("agency.csv.unreadable", file.getFileName().toString());
        }
        return transactions.write(em -> {
            for (AgencyDraft d : drafts) {
                Agency existing = em.createQuery("from Agency a where lower(a.name) = :n", Agency.class)
                        .setParameter("n", d.name().toLowerCase(Locale.ROOT)).getResultStream().findFirst().orElse(null);
                if (existing == null) {
                    em.persist(new Agency(d));
                } else {
                    existing.apply(d);
                }
            }
            audit.append(em, AuditEvent.of(me.username(), AuditAction.AGENCY_SAVED)
                    .withDetail(drafts.size() + " agencies imported from CSV"));
            return drafts.size();
        });
    }

    private static String value(Map<String, String> r, String column) {
        String v = r.get(column);
        return v == null ? "" : v.strip();
    }

    private static AgencyKind kind(String text, long line) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('\'', '_').replace("__", "_");
        for (AgencyKind k : AgencyKind.values()) {
            if (k.name().equals(wanted) || k.name().replace("_", "").equals(wanted.replace("_", ""))) {
                return k;
            }
        }
        throw new UserFacingException("agency.csv.type", line);
    }

    /** Writes the directory as CSV (UTF-8 with a byte-order mark, for spreadsheets); a cell starting with = is quoted safe. */
    public int exportCsv(Path target) {
        List<AgencyRecord> all = all();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            out.write('\uFEFF');
            csv.printRecord(COLUMNS);
            for (AgencyRecord a : all) {
                AgencyDraft d = a.details();
                csv.printRecord(safe(d.name()), d.kind().name(), safe(d.contactName()), safe(d.phone()), safe(d.email()),
                        safe(d.secureEmail()), safe(d.address()), safe(d.notes()), d.active() ? "yes" : "no");
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the sentence below is what matters
            }
            throw new UserFacingException("agency.csv.notWritten", target.getFileName().toString());
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException("agency.csv.notWritten", target.getFileName().toString());
        }
        transactions.run(em -> audit.append(em, AuditEvent.of(me.username(), AuditAction.AGENCY_SAVED)
                .withDetail(all.size() + " agencies exported to CSV")));
        return all.size();
    }

    /** A spreadsheet runs a cell that starts with =, +, - or @ as a formula: such cells get a leading apostrophe. */
    private static String safe(String s) {
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
