package org.casefile.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casefile.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies an embedded store into an empty PostgreSQL database for team mode, then checks the copy.
 *
 * <p>One transaction on the server: the schema is made by the PostgreSQL migrations; the foreign keys are set
 * aside (PostgreSQL's DDL is transactional, so this needs no superuser and nobody sees the table without them);
 * every table is copied row for row with its ids; exhibit bytes are sealed on the way ({@link BlobSeal}); the key
 * ring's wrapped entries are written to the server's key ring tables as they are (they wrap the same key for the
 * same store id); identity counters move past the copied ids; and the foreign keys come back, which makes
 * PostgreSQL check every reference. Only then is it committed. Afterwards every table's row count is compared and
 * every exhibit is re-read, opened and hashed against the SHA-256 taken when it was received.
 */
public final class StoreCopier {
    private static final Logger LOG = LoggerFactory.getLogger(StoreCopier.class);
    /** Flyway's own table: each side keeps its own, written by its own migrations. */
    private static final Set<String> NOT_COPIED = Set.of("flyway_schema_history");
    private static final int BATCH = 500;

    /** What was copied and checked, for the command's report. */
    public record Report(int tables, long rows, int exhibits, List<String> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    private final Store source;
    private final KeyRing ring;
    private final StoreKey key;
    private final Database.Server target;

    public StoreCopier(Store source, KeyRing ring, StoreKey key, Database.Server target) {
        this.source = source;
        this.ring = ring;
        this.key = key;
        this.target = target;
    }

    /** Refuses a target that already holds tables, before the caller records or changes anything. */
    public void refuseIfTargetNotEmpty() {
        try (Connection to = ServerConnections.open(target)) {
            refuseIfNotEmpty(to);
        } catch (SQLException e) {
            throw ServerConnections.unreachable(e, target);
        }
    }

    public Report copyAndVerify() {
        BlobSeal seal = BlobSeal.withKey(key);
        try (HikariDataSource pool = ServerConnections.pool(target)) {
            try (Connection to = pool.getConnection()) {
                refuseIfNotEmpty(to);
                if (target.schema() != null) {
                    try (Statement s = to.createStatement()) {
                        s.execute("create schema if not exists " + target.schema());
                    }
                    to.commit();
                }
            }
            Store.migrate(pool, target.migrations());
            try (Connection from = source.dataSource().getConnection(); Connection to = pool.getConnection()) {
                from.setReadOnly(true);
                List<String> tables = tables(from);
                copy(from, to, tables, seal);
                return verify(from, to, tables, seal);
            }
        } catch (SQLException e) {
            LOG.warn("copy to the server failed: SQLSTATE {}", e.getSQLState());
            throw ServerConnections.unreachable(e, target);
        }
    }

    /** Anything already in the database (or schema) means someone else's data: never mixed with ours. */
    private void refuseIfNotEmpty(Connection to) throws SQLException {
        try (PreparedStatement ps = to.prepareStatement(
                "select count(*) from information_schema.tables where table_schema = coalesce(cast(? as text), current_schema())")) {
            ps.setString(1, target.schema());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new UserFacingException("migrate.targetNotEmpty", target.describe());
                }
            }
        }
    }

    private static List<String> tables(Connection from) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = from.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                     + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                String name = rs.getString(1).toLowerCase(Locale.ROOT);
                if (!NOT_COPIED.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private void copy(Connection from, Connection to, List<String> tables, BlobSeal seal) throws SQLException {
        to.setAutoCommit(false);
        try (Statement s = to.createStatement()) {
            List<String[]> foreignKeys = foreignKeys(to);
            for (String[] fk : foreignKeys) {
                s.execute("alter table " + fk[0] + " drop constraint " + fk[1]);
            }
            for (String table : tables) {
                Map<String, String> columns = columns(to, table);
                if (columns.isEmpty()) {
                    throw new IllegalStateException("a table of the embedded store has no twin on the server");
                }
                // Rows the migrations put in (the audit chain's head) are replaced by the store's own.
                s.executeUpdate("delete from " + table);
                copyTable(from, to, table, columns, seal);
            }
            TeamKeyRing.writeWhole(to, ring);
            for (String table : tables) {
                resetIdentity(to, table);
            }
            for (String[] fk : foreignKeys) {
                s.execute("alter table " + fk[0] + " add constraint " + fk[1] + " " + fk[2]);
            }
            to.commit();
        } catch (SQLException | RuntimeException e) {
            to.rollback();
            throw e;
        }
    }

    /** The server's foreign keys as (table, name, definition), read back from PostgreSQL's catalogue. */
    private static List<String[]> foreignKeys(Connection to) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement s = to.createStatement();
             ResultSet rs = s.executeQuery("select cl.relname, c.conname, pg_get_constraintdef(c.oid) "
                     + "from pg_constraint c join pg_class cl on cl.oid = c.conrelid "
                     + "where c.contype = 'f' and c.connamespace = current_schema()::regnamespace")) {
            while (rs.next()) {
                out.add(new String[] {quote(rs.getString(1)), quote(rs.getString(2)), rs.getString(3)});
            }
        }
        return out;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Column name to PostgreSQL type name, in the server's order. */
    private static Map<String, String> columns(Connection to, String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = to.prepareStatement("select column_name, data_type from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? order by ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private static void copyTable(Connection from, Connection to, String table, Map<String, String> columns,
                                  BlobSeal seal) throws SQLException {
        List<String> names = List.copyOf(columns.keySet());
        String list = String.join(", ", names.stream().map(StoreCopier::quote).toList());
        String marks = String.join(", ", names.stream().map(n -> "?").toList());
        String order = names.contains("id") ? " order by id" : "";
        try (Statement read = from.createStatement();
             ResultSet rs = read.executeQuery("select " + list.toUpperCase(Locale.ROOT) + " from " + table + order);
             PreparedStatement write = to.prepareStatement("insert into " + table + " (" + list + ") values (" + marks + ")")) {
            int pending = 0;
            while (rs.next()) {
                for (int i = 0; i < names.size(); i++) {
                    String type = columns.get(names.get(i));
                    int at = i + 1;
                    switch (type) {
                        case "bytea" -> sealInto(rs, write, at, table, seal);
                        case "text", "character varying", "character" -> write.setString(at, rs.getString(at));
                        case "smallint" -> {
                            Object v = rs.getObject(at);
                            if (v == null) {
                                write.setNull(at, java.sql.Types.SMALLINT);
                            } else {
                                write.setShort(at, ((Number) v).shortValue());
                            }
                        }
                        case "timestamp with time zone" ->
                                write.setObject(at, rs.getObject(at, java.time.OffsetDateTime.class));
                        case "date" -> write.setObject(at, rs.getObject(at, java.time.LocalDate.class));
                        case "time without time zone" -> write.setObject(at, rs.getObject(at, java.time.LocalTime.class));
                        default -> write.setObject(at, rs.getObject(at));
                    }
                }
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    /** Exhibit bytes: sealed for the server under their exhibit's name, streamed, never whole in memory. */
    private static void sealInto(ResultSet rs, PreparedStatement write, int at, String table, BlobSeal seal)
            throws SQLException {
        if (!table.equals("exhibit_content")) {
            throw new IllegalStateException("a binary column the copier does not know how to seal");
        }
        long exhibitId = rs.getLong("EXHIBIT_ID");
        java.sql.Blob blob = rs.getBlob(at);
        long length = blob.length();
        write.setBinaryStream(at, seal.seal(blob.getBinaryStream(), length, "exhibit_content:" + exhibitId),
                seal.sealedLength(length));
    }

    /** The next id the server hands out must follow the copied ones. */
    private static void resetIdentity(Connection to, String table) throws SQLException {
        try (PreparedStatement ps = to.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? and is_identity = 'YES'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1);
                    try (Statement s = to.createStatement()) {
                        s.execute("select setval(pg_get_serial_sequence('" + table + "', '" + column + "'), "
                                + "coalesce((select max(" + quote(column) + ") from " + table + "), 0) + 1, false)");
                    }
                }
            }
        }
    }

    private Report verify(Connection from, Connection to, List<String> tables, BlobSeal seal) throws SQLException {
        List<String> problems = new ArrayList<>();
        long rows = 0;
        for (String table : tables) {
            long here = count(from, table);
            long there = count(to, table);
            rows += there;
            if (here != there) {
                problems.add(table + ": " + here + " rows in the store, " + there + " on the server");
            }
        }
        int exhibits = 0;
        try (Statement s = to.createStatement();
             ResultSet rs = s.executeQuery("select e.id, e.reference, e.sha256, c.content from exhibit e "
                     + "left join exhibit_content c on c.exhibit_id = e.id order by e.id")) {
            while (rs.next()) {
                exhibits++;
                InputStream sealed = rs.getBinaryStream(4);
                if (sealed == null) {
                    problems.add("exhibit " + rs.getString(2) + ": no bytes on the server");
                    continue;
                }
                if (!sha256(seal.open(sealed, "exhibit_content:" + rs.getLong(1))).equals(rs.getString(3))) {
                    problems.add("exhibit " + rs.getString(2) + ": the bytes on the server do not match its SHA-256");
                }
            }
        }
        return new Report(tables.size(), rows, exhibits, problems);
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String sha256(InputStream in) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream digesting = new DigestInputStream(in, sha)) {
                digesting.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (BlobSeal.Unopenable damaged) {
                return "";
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
