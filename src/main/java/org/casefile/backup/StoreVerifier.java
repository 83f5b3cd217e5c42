package org.casefile.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.casefile.SafeLog;
import org.casefile.security.AuditAction;
import org.casefile.security.AuditEvent;
import org.casefile.security.AuditVerification;
import org.casefile.security.Session;
import org.casefile.store.BlobSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a whole store: every row of every table can be read (H2 has no integrity check of its own for a file
 * that is open, and reading each row touches every data page), every exhibit's bytes still match the SHA-256
 * taken when they came in, and the audit chain holds. Reads only; the check itself is one audit entry, not one
 * per exhibit. The report names records by reference, never by content.
 */
public final class StoreVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(StoreVerifier.class);
    private final Session session;

    public StoreVerifier(Session session) {
        this.session = session;
    }

    public VerifyReport verify() {
        List<VerifyReport.Problem> problems = new ArrayList<>();
        long[] counts = new long[4]; // tables, rows, exhibits, exhibit bytes
        try {
            session.transactions().read(em -> {
                em.unwrap(org.hibernate.Session.class).doWork(c -> {
                    readEveryTable(c, counts, problems);
                    checkExhibits(c, session.user().id(), session.transactions().blobs(), counts, problems);
                });
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("store check could not finish: {}", SafeLog.describe(e));
            problems.add(new VerifyReport.Problem("verify.problem.unreadable", "-"));
        }
        AuditVerification audit;
        try {
            audit = session.audit().verify();
        } catch (RuntimeException e) {
            LOG.warn("audit check could not finish: {}", SafeLog.describe(e));
            audit = null;
            problems.add(new VerifyReport.Problem("verify.problem.auditUnreadable", "-"));
        }
        if (audit != null && !audit.intact()) {
            problems.add(new VerifyReport.Problem("verify.problem.audit", String.valueOf(audit.brokenAt())));
        }
        VerifyReport report = new VerifyReport(counts[0], counts[1], counts[2], counts[3],
                audit == null ? 0 : audit.entriesChecked(), audit == null ? null : audit.reasonKey(), List.copyOf(problems));
        session.audit().record(AuditEvent.of(session.user().username(), AuditAction.STORE_VERIFIED)
                .withDetail(report.clean() ? "clean: " + report.rows() + " rows, " + report.exhibits() + " exhibits, "
                        + report.auditEntries() + " audit entries" : report.problems().size() + " problems"));
        return report;
    }

    private static void readEveryTable(Connection c, long[] counts, List<VerifyReport.Problem> problems)
            throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                     + "where upper(table_schema) = upper(current_schema) and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            counts[0]++;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select * from \"" + table.replace("\"", "\"\"") + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i); // large objects are read with the exhibits
                    }
                    counts[1]++;
                }
            } catch (SQLException e) {
                LOG.warn("a table could not be read: {}", SafeLog.describe(e));
                problems.add(new VerifyReport.Problem("verify.problem.table", table.toLowerCase(java.util.Locale.ROOT)));
            }
        }
    }

    /**
     * Every exhibit is checked, but one on a restricted case the person may not open is named without its case
     * reference, as the caseload would hide it.
     */
    private static void checkExhibits(Connection c, long me, BlobSeal blobs, long[] counts,
                                      List<VerifyReport.Problem> problems) throws SQLException {
        record Expected(long id, String reference, String sha256, long size, boolean markedDamaged) {
        }
        List<Expected> exhibits = new ArrayList<>();
        String restricted = org.casefile.Messages.get("verify.restrictedCase");
        try (PreparedStatement s = c.prepareStatement("select e.id, c.reference, e.reference, e.sha256, e.size_bytes, "
                + "e.damage_found_at is not null, c.restricted and coalesce(c.allocated_to, -1) <> ? and not exists "
                + "(select 1 from client_access a where a.client_id = c.id and a.user_id = ?) "
                + "from exhibit e join client c on c.id = e.client_id order by e.id")) {
            s.setLong(1, me);
            s.setLong(2, me);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String caseName = rs.getBoolean(7) ? restricted : rs.getString(2);
                    exhibits.add(new Expected(rs.getLong(1), caseName + " " + rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getBoolean(6)));
                }
            }
        }
        for (Expected e : exhibits) {
            counts[2]++;
            MessageDigest sha = BackupArchive.sha256();
            long size = -1;
            try (PreparedStatement ps = c.prepareStatement("select content from exhibit_content where exhibit_id = ?")) {
                ps.setLong(1, e.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        // A team store's bytes are sealed (BlobSeal); ones that do not open are damaged.
                        try (InputStream in = new DigestInputStream(
                                blobs.open(rs.getBinaryStream(1), "exhibit_content:" + e.id()), sha)) {
                            size = in.transferTo(java.io.OutputStream.nullOutputStream());
                        } catch (BlobSeal.Unopenable damaged) {
                            problems.add(new VerifyReport.Problem("verify.problem.exhibit", e.reference()));
                            continue;
                        } catch (IOException io) {
                            throw new UncheckedIOException(io);
                        }
                    }
                }
            } catch (SQLException | UncheckedIOException failure) {
                LOG.warn("an exhibit could not be read: {}", SafeLog.describe(failure));
                problems.add(new VerifyReport.Problem("verify.problem.exhibitUnreadable", e.reference()));
                continue;
            }
            if (size < 0) {
                problems.add(new VerifyReport.Problem("verify.problem.exhibitMissing", e.reference()));
                continue;
            }
            counts[3] += size;
            if (size != e.size() || !HexFormat.of().formatHex(sha.digest()).equals(e.sha256())) {
                problems.add(new VerifyReport.Problem("verify.problem.exhibit", e.reference()));
            } else if (e.markedDamaged()) {
                problems.add(new VerifyReport.Problem("verify.problem.exhibitMarked", e.reference()));
            }
        }
    }
}
