package org.casefile.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server the team-mode tests run against ({@code -Dcasefile.test.database=postgresql}). Each store a
 * test makes gets its own schema in the {@code test} database, named after this run, and every schema this run
 * made is dropped when the test JVM ends; schemas left by a killed run are dropped by the next run after six hours.
 */
public final class TestServer {
    /** The server and database; {@code -Dcasefile.test.postgresql=postgresql://USER@HOST:PORT/DB} changes it. */
    public static final String ADDRESS = System.getProperty("casefile.test.postgresql", "postgresql://postgres@127.0.0.1:5432/test");
    private static final String RUN = "cf_" + System.currentTimeMillis() / 1000 + "_" + ProcessHandle.current().pid();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Map<Path, Database.Server> BY_FOLDER = new ConcurrentHashMap<>();
    private static final List<String> MADE = new ArrayList<>();
    private static volatile boolean started;

    private TestServer() {
    }

    public static boolean selected() {
        return "postgresql".equalsIgnoreCase(System.getProperty("casefile.test.database", ""));
    }

    /** The server store that belongs to a test's folder: the same schema each time the folder is used. */
    public static Database.Server forFolder(Path folder) {
        return BY_FOLDER.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> fresh(f));
    }

    /** A new, empty schema of this run, for tests that want a second store. */
    public static Database.Server fresh(Path localFolder) {
        start();
        String schema = RUN + "_" + NEXT.incrementAndGet();
        synchronized (MADE) {
            MADE.add(schema);
        }
        Database.Server s = Database.server(ADDRESS + "?schema=" + schema, localFolder);
        // This computer's files (pending sign-in failures) stay in the test's own folder, where the tests look.
        return new Database.Server(s.host(), s.port(), s.name(), s.user(), s.schema(), s.sslMode(), new StoreLocation(localFolder));
    }

    /** A connection to the test database itself, as the tests' administrator. */
    public static Connection admin() throws SQLException {
        Database.Server server = Database.server(ADDRESS, Path.of("."));
        Properties p = new Properties();
        p.setProperty("user", server.user());
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(server.jdbcUrl(), p);
    }

    private static synchronized void start() {
        if (started) {
            return;
        }
        try (Connection c = admin(); Statement s = c.createStatement()) {
            dropStale(s);
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL tests need a server at " + ADDRESS + " and could not reach it ("
                    + e.getSQLState() + "). Start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` "
                    + "(install it with `apt-get install postgresql` if it is missing; .ci/run does both), make sure the database "
                    + "`test` exists (`createdb -h 127.0.0.1 -U postgres test`), or point -Dcasefile.test.postgresql at another "
                    + "server.", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestServer::dropMine, "drop test schemas"));
        started = true;
    }

    private static void dropStale(Statement s) throws SQLException {
        long staleBefore = System.currentTimeMillis() / 1000 - 6 * 3600;
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select nspname from pg_namespace where nspname like 'cf\\_%'")) {
            while (rs.next()) {
                String[] parts = rs.getString(1).split("_");
                if (parts.length >= 3 && parts[1].matches("\\d+") && Long.parseLong(parts[1]) < staleBefore) {
                    stale.add(rs.getString(1));
                }
            }
        }
        for (String schema : stale) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private static void dropMine() {
        List<String> mine;
        synchronized (MADE) {
            mine = List.copyOf(MADE);
        }
        if (mine.isEmpty()) {
            return;
        }
        // A few schemas per statement: quicker than one at a time (surefire ends a JVM that takes long to exit),
        // and within the server's lock table (each table, index and sequence dropped takes a lock).
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("set lock_timeout = '10s'");
            for (int i = 0; i < mine.size(); i += 8) {
                s.execute("drop schema if exists " + String.join(", ", mine.subList(i, Math.min(i + 8, mine.size())))
                        + " cascade");
            }
        } catch (SQLException e) {
            System.err.println("could not drop this run's test schemas (" + e.getSQLState() + "); the next run drops them after six hours");
        }
    }
}
