package org.casefile.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Deletes one record and every row that hangs from it, in every table, found from the schema itself rather than
 * from a list that a new table could be missing from. A row hangs from a record when a column points at it: a
 * declared foreign key, or a column named after the table ({@code client_id} → {@code client}), which is how the
 * field-history ({@code *_aud}) tables and the few undeclared links point. A history table's rows about a deleted
 * record ({@code client_aud.id}) go with it.
 *
 * <p>Rows are found first and deleted by their keys afterwards, children before parents; links between them that
 * may be empty are emptied first, which breaks the cycles (an incident made from an exhibit that belongs to it).
 * Everything runs on the caller's connection, inside the caller's transaction: it all goes, or nothing does.
 * Plain SQL, never the entities, so the field history records no copy of what is deleted.
 */
final class RowEraser {
    private static final int BATCH = 500;

    /** A column of {@code child} pointing at {@code parent}'s key. */
    private record Link(String child, String column, String parent, String parentKey, boolean nullable) {
    }

    private final Connection connection;
    private final Map<String, String> keys = new LinkedHashMap<>();          // table → its one-column key
    private final Map<String, Set<String>> nullable = new LinkedHashMap<>(); // table → nullable columns
    private final List<Link> links = new ArrayList<>();

    RowEraser(Connection connection) throws SQLException {
        this.connection = connection;
        readSchema();
    }

    /** The tables (lower case) that point at {@code table}, and through which columns. */
    List<String> pointingAt(String table) {
        return links.stream().filter(l -> l.parent.equals(table)).map(l -> l.child + "." + l.column).toList();
    }

    /**
     * Deletes the row of {@code table} whose key is {@code id} and everything hanging from it.
     *
     * @return rows deleted per table
     */
    Map<String, Integer> erase(String table, long id) throws SQLException {
        Map<String, Set<Long>> found = new LinkedHashMap<>();
        Map<String, List<String[]>> byColumn = new LinkedHashMap<>(); // keyless tables: column → parent ids
        found.put(table, new LinkedHashSet<>(List.of(id)));
        boolean grew = true;
        while (grew) { // until nothing new is found: cycles end here
            grew = false;
            for (Link link : links) {
                Set<Long> parentIds = found.get(link.parent);
                if (parentIds == null || parentIds.isEmpty()) {
                    continue;
                }
                String key = keys.get(link.child);
                if (key == null) {
                    byColumn.computeIfAbsent(link.child, t -> new ArrayList<>()).add(new String[] {link.column, link.parent});
                    continue;
                }
                Set<Long> childIds = found.computeIfAbsent(link.child, t -> new LinkedHashSet<>());
                for (Long child : select(link.child, key, link.column, parentIds)) {
                    grew |= childIds.add(child);
                }
            }
        }
        // Empty the links that may be empty, so no delete below waits on a row that is itself going.
        for (Link link : links) {
            Set<Long> childIds = found.get(link.child);
            if (link.nullable && childIds != null && !childIds.isEmpty() && found.containsKey(link.parent)) {
                for (List<Long> batch : batches(childIds)) {
                    update("update " + link.child + " set " + link.column + " = null where "
                            + keys.get(link.child) + " in (" + marks(batch) + ")", batch);
                }
            }
        }
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (Map.Entry<String, List<String[]>> keyless : byColumn.entrySet()) {
            for (String[] via : new LinkedHashSet<>(keyless.getValue().stream().map(a -> a[0] + " " + a[1]).toList())
                    .stream().map(s -> s.split(" ")).toList()) {
                for (List<Long> batch : batches(found.get(via[1]))) {
                    count(deleted, keyless.getKey(), update("delete from " + keyless.getKey() + " where " + via[0]
                            + " in (" + marks(batch) + ")", batch));
                }
            }
        }
        for (String t : childrenFirst(found.keySet())) {
            String key = keys.get(t);
            for (List<Long> batch : batches(found.get(t))) {
                count(deleted, t, update("delete from " + t + " where " + key + " in (" + marks(batch) + ")", batch));
                String history = t + "_aud";
                if (keys.containsKey(history) || byColumnTable(history)) {
                    count(deleted, history, update("delete from " + history + " where " + key + " in ("
                            + marks(batch) + ")", batch));
                }
            }
        }
        deleted.values().removeIf(n -> n == 0);
        return deleted;
    }

    /** True when {@code table} exists (keyless tables are not in {@link #keys}). */
    private boolean byColumnTable(String table) {
        return nullable.containsKey(table);
    }

    /** Parents after every table that points at them with a column that cannot be emptied. */
    private List<String> childrenFirst(Set<String> tables) {
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        List<String> left = new ArrayList<>(tables);
        while (!left.isEmpty()) {
            boolean progress = false;
            for (var it = left.iterator(); it.hasNext(); ) {
                String t = it.next();
                boolean waits = links.stream().anyMatch(l -> l.parent.equals(t) && !l.nullable
                        && !l.child.equals(t) && tables.contains(l.child) && !placed.contains(l.child));
                if (!waits) {
                    order.add(t);
                    placed.add(t);
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("the schema has a cycle of required links among " + left);
            }
        }
        return order;
    }

    private List<Long> select(String table, String key, String column, Set<Long> parentIds) throws SQLException {
        List<Long> out = new ArrayList<>();
        for (List<Long> batch : batches(parentIds)) {
            try (PreparedStatement s = connection.prepareStatement(
                    "select " + key + " from " + table + " where " + column + " in (" + marks(batch) + ")")) {
                bind(s, batch);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
        }
        return out;
    }

    private int update(String sql, List<Long> values) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, values);
            return s.executeUpdate();
        }
    }

    private void readSchema() throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        Map<String, Set<String>> columns = new LinkedHashMap<>();
        for (String t : tables) {
            String table = t.toLowerCase(Locale.ROOT);
            if (table.startsWith("flyway_")) {
                continue;
            }
            Set<String> cols = new LinkedHashSet<>();
            Set<String> empties = new LinkedHashSet<>();
            try (ResultSet rs = meta.getColumns(null, schema, t, "%")) {
                while (rs.next()) {
                    String c = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    cols.add(c);
                    if (rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable) {
                        empties.add(c);
                    }
                }
            }
            columns.put(table, cols);
            nullable.put(table, empties);
            List<String> pk = new ArrayList<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, schema, t)) {
                while (rs.next()) {
                    pk.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (pk.size() == 1) {
                keys.put(table, pk.getFirst());
            }
        }
        Set<String> declared = new LinkedHashSet<>();
        for (String t : tables) {
            try (ResultSet rs = meta.getImportedKeys(null, schema, t)) {
                while (rs.next()) {
                    String child = t.toLowerCase(Locale.ROOT);
                    String column = rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT);
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (parent.equals("revinfo")) {
                        continue; // a history row belongs to its record, not to the revision that wrote it
                    }
                    links.add(new Link(child, column, parent, rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                            nullable.getOrDefault(child, Set.of()).contains(column)));
                    declared.add(child + "." + column);
                }
            }
        }
        // Columns named after a table with a one-column key: the history tables and undeclared links.
        columns.forEach((child, cols) -> {
            for (String column : cols) {
                if (column.endsWith("_id") && !declared.contains(child + "." + column)) {
                    String parent = column.substring(0, column.length() - 3);
                    if (keys.containsKey(parent) && !parent.equals(child)) {
                        links.add(new Link(child, column, parent, keys.get(parent),
                                nullable.get(child).contains(column)));
                    }
                }
            }
        });
    }

    private static List<List<Long>> batches(Set<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        }
        return out;
    }

    private static String marks(List<Long> batch) {
        return String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
    }

    private static void bind(PreparedStatement s, List<Long> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setLong(i + 1, values.get(i));
        }
    }

    private static void count(Map<String, Integer> deleted, String table, int n) {
        deleted.merge(table, n, Integer::sum);
    }
}
