package org.casefile.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.casefile.UserFacingException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * An open store: the encrypted H2 database, migrated by Flyway, with Hibernate over it. Opening never creates an
 * empty database in place of a missing or damaged one.
 */
public final class Store implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Store.class);
    /** Smaller files are not worth the wait at sign-out. */
    static final long COMPACT_FROM_BYTES = 8L << 20;
    /** H2's share of the chunks' space that live data uses (its FILL_RATE counts dead chunks as used). */
    static final int COMPACT_BELOW_FILL_PERCENT = 50;
    private final StoreLocation location;
    private final HikariDataSource dataSource;
    private final EntityManagerFactory factory;
    private final Transactions transactions;
    private final StoreMark mark;

    Store(StoreLocation location, HikariDataSource dataSource, EntityManagerFactory factory, BlobSeal blobs) {
        this(location, dataSource, factory, blobs, null);
    }

    /** @param mark the embedded store's mark ({@link StoreMark}); null on a team's server */
    private Store(StoreLocation location, HikariDataSource dataSource, EntityManagerFactory factory, BlobSeal blobs,
                  StoreMark mark) {
        this.location = location;
        this.dataSource = dataSource;
        this.factory = factory;
        this.mark = mark;
        this.transactions = new Transactions(factory, blobs, mark);
    }

    /** Creates a new store's database, embedded or on a team's server (see {@link TeamStore}). */
    public static Store create(Database database, StoreKey key, List<Class<?>> entities) {
        return database instanceof Database.Server server
                ? TeamStore.start(server, key, entities, true)
                : create(database.location(), key, entities);
    }

    /** Opens an existing store's database, embedded or on a team's server. */
    public static Store open(Database database, StoreKey key, List<Class<?>> entities) {
        return open(database, key, entities, null);
    }

    /**
     * As above, with Hibernate already started for an embedded store ({@code prepared}, which the store then owns;
     * null to start it here). A team's store on a server ignores it.
     */
    public static Store open(Database database, StoreKey key, List<Class<?>> entities, PreparedHibernate prepared) {
        return database instanceof Database.Server server
                ? TeamStore.start(server, key, entities, false)
                : open(database.location(), key, entities, prepared);
    }

    /** Creates the database of a new store. The caller holds the {@link StoreLock} and saves the key ring. */
    public static Store create(StoreLocation location, StoreKey key, List<Class<?>> entities) {
        if (location.state() != StoreLocation.State.NEW) {
            throw new UserFacingException("store.alreadyExists", location.directory());
        }
        return start(location, key, entities, false, null);
    }

    /** Opens an existing store's database. */
    public static Store open(StoreLocation location, StoreKey key, List<Class<?>> entities) {
        return open(location, key, entities, null);
    }

    private static Store open(StoreLocation location, StoreKey key, List<Class<?>> entities, PreparedHibernate prepared) {
        switch (location.state()) {
            case NEW, DATABASE_MISSING -> throw new UserFacingException("store.databaseMissing", location.databaseFile());
            case KEY_RING_MISSING -> throw new UserFacingException("store.keyRingMissing", location.keyRingFile());
            case READY -> {
                // go on
            }
        }
        return start(location, key, entities, true, prepared);
    }

    private static Store start(StoreLocation location, StoreKey key, List<Class<?>> entities, boolean mustExist,
                               PreparedHibernate prepared) {
        HikariDataSource dataSource = null;
        StoreMark mark = StoreMark.read(location);
        try {
            long started = System.nanoTime();
            mark.checkLength(); // before H2 opens (and may write to) the file
            dataSource = dataSource(location, key, mustExist);
            long opened = System.nanoTime();
            migrate(dataSource, H2_MIGRATIONS);
            long migrated = System.nanoTime();
            mark.checkChain(auditChainEnd(dataSource));
            mark.save();
            long checked = System.nanoTime();
            EntityManagerFactory factory = prepared != null
                    ? prepared.bindTo(dataSource)
                    : persistenceUnit("casefile", entities, dataSource).createEntityManagerFactory();
            LOG.info("open: database {} ms, migrations {} ms, mark {} ms, Hibernate {} ms",
                    (opened - started) / 1_000_000, (migrated - opened) / 1_000_000, (checked - migrated) / 1_000_000,
                    (System.nanoTime() - checked) / 1_000_000);
            return new Store(location, dataSource, factory, BlobSeal.none(), mark);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            if (e instanceof UserFacingException u) {
                throw u;
            }
            throw StoreErrors.onOpen(e, location);
        }
    }

    /**
     * Runs the whole open path once on an empty in-memory database, so classes are loaded and hot code compiled
     * while the person is still typing their password. Holds no data; failures only cost the head start. The
     * window uses {@link PreparedHibernate} and {@link #warmUpDatabase()} instead, which do no work twice.
     */
    public static void warmUp(List<Class<?>> entities) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:casefile-warm-up-" + System.nanoTime());
        config.setMaximumPoolSize(2); // Flyway holds one connection for its lock and migrates on another
        config.setAutoCommit(false);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            migrate(dataSource, H2_MIGRATIONS);
            persistenceUnit("casefile-warm-up", entities, dataSource).createEntityManagerFactory().close();
        }
    }

    /**
     * Loads the database engine and the connection pool (an in-memory database, one small table, a few rows),
     * so the real open does not start cold. Holds no data; failures only cost the head start.
     */
    public static void warmUpDatabase() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:casefile-warm-up-" + System.nanoTime());
        config.setMaximumPoolSize(1);
        config.setAutoCommit(false);
        try (HikariDataSource dataSource = new HikariDataSource(config);
             Connection c = dataSource.getConnection();
             Statement s = c.createStatement()) {
            s.execute("create table warm_up(id bigint generated by default as identity primary key, v varchar(20))");
            s.execute("insert into warm_up(v) values ('a'), ('b')");
            try (ResultSet rs = s.executeQuery("select count(*) from warm_up where v = 'a'")) {
                rs.next();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hibernate over a migrated database: the schema must match the entities exactly (validate). */
    static HibernatePersistenceConfiguration persistenceUnit(String name, List<Class<?>> entities, DataSource dataSource) {
        return persistenceUnit(name, entities, dataSource, true);
    }

    /** As above; {@code validate} false only for {@link PreparedHibernate}, which starts before the database is open. */
    static HibernatePersistenceConfiguration persistenceUnit(String name, List<Class<?>> entities, DataSource dataSource,
                                                             boolean validate) {
        return new HibernatePersistenceConfiguration(name)
                .managedClasses(entities)
                .property(JdbcSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(SchemaToolingSettings.HBM2DDL_AUTO, validate ? "validate" : "none")
                .property("hibernate.jdbc.time_zone", "UTC")
                // Enums as plain text columns: readable, portable to PostgreSQL, and new values need no migration.
                .property("hibernate.type.prefer_native_enum_types", "false")
                .property("org.hibernate.envers.audit_table_suffix", "_aud")
                .property("org.hibernate.envers.store_data_at_delete", "true");
    }

    private static HikariDataSource dataSource(StoreLocation location, StoreKey key, boolean mustExist) {
        HikariConfig config = new HikariConfig();
        // CIPHER=AES: the file is encrypted with a password derived from the store key.
        // WRITE_DELAY=0: a commit is on disk before it is acknowledged (the default lost commits on kill -9).
        // REUSE_SPACE=FALSE: every commit is appended at the end of the file. With reuse on, H2 2.5 writes a
        //   commit into a free gap mid-file and rewrites the file header still naming the commit before it, so
        //   after a kill its recovery cannot find that commit and silently opens an older state
        //   (store/CrashSnapshotTest; docs/security.md). Appended commits are always found from the file's end.
        // MAX_COMPACT_TIME=0: no partial compaction at close (with reuse off it would only grow the file); close()
        //   compacts the whole file into a new one instead when it is mostly old space.
        // FILE_LOCK=FS: an OS lock, released by the OS if Casefile dies.
        // TRACE_LEVEL_FILE=0: H2's trace file would hold SQL in plain text.
        config.setJdbcUrl("jdbc:h2:file:" + location.jdbcPath()
                + ";CIPHER=AES;WRITE_DELAY=0;REUSE_SPACE=FALSE;MAX_COMPACT_TIME=0"
                + ";FILE_LOCK=FS;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE"
                + (mustExist ? ";IFEXISTS=TRUE" : ""));
        config.setUsername("casefile");
        config.setPassword(key.h2FilePassword() + " " + key.h2UserPassword());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setPoolName("casefile-store");
        config.setAutoCommit(false);
        return new HikariDataSource(config);
    }

    static final String H2_MIGRATIONS = "classpath:db/migration/h2";

    /**
     * The newest migration in {@code db/migration/h2} (and its PostgreSQL twin); {@code StoreTest} fails when a new
     * one is added without raising it. A store already at this version is opened without starting Flyway.
     */
    static final int NEWEST_MIGRATION = 11;

    static void migrate(DataSource dataSource, String migrations) {
        if (H2_MIGRATIONS.equals(migrations) && upToDate(dataSource)) {
            return;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(migrations)
                .failOnMissingLocations(true)
                // PostgreSQL's DDL is transactional: a new server store is made in one commit, all or nothing.
                .group(!H2_MIGRATIONS.equals(migrations))
                .load();
        boolean fromNewerVersion = Arrays.stream(flyway.info().all())
                .map(MigrationInfo::getState)
                .anyMatch(state -> state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED);
        if (fromNewerVersion) {
            throw new UserFacingException("store.tooNew");
        }
        flyway.migrate();
    }

    /**
     * True when Flyway's history says every migration up to {@link #NEWEST_MIGRATION} succeeded and none newer
     * ran. Starting Flyway costs about a second of CPU at every sign-in (it scans the migrations and checks each
     * one's checksum), for nothing on a store that is up to date; anything else (a new store, an older one, a
     * failed or newer migration) goes through Flyway, which migrates or says why not.
     */
    private static boolean upToDate(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet tables = s.executeQuery("select count(*) from information_schema.tables "
                    + "where table_schema = 'PUBLIC' and table_name = 'flyway_schema_history'")) {
                tables.next();
                if (tables.getInt(1) == 0) {
                    return false;
                }
            }
            java.util.Set<Integer> done = new java.util.HashSet<>();
            try (ResultSet rs = s.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\" "
                    + "where \"version\" is not null")) {
                while (rs.next()) {
                    if (!rs.getBoolean(2) || !rs.getString(1).matches("\\d+")) {
                        return false;
                    }
                    done.add(Integer.parseInt(rs.getString(1)));
                }
            }
            c.rollback();
            return !done.isEmpty() && done.stream().mapToInt(Integer::intValue).max().orElse(0) == NEWEST_MIGRATION;
        } catch (SQLException e) {
            return false; // Flyway will look properly, and say what is wrong
        }
    }

    public StoreLocation location() {
        return location;
    }

    public Transactions transactions() {
        return transactions;
    }

    /** True for a team's store on a server, whose blobs are sealed; an embedded store's file is encrypted whole. */
    public boolean onServer() {
        return transactions.blobs().seals();
    }

    /** For copying a whole store to a team's server (StoreCopier), which reads every table as it is. */
    DataSource dataSource() {
        return dataSource;
    }

    /** The audit log's last sequence number, read before Hibernate starts. */
    private static long auditChainEnd(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(max(last_seq), 0) from audit_chain_head")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Closes the store. When more than half the file is space old commits no longer use, the whole database is
     * first copied into a new, compact file that replaces the old one only once complete (H2's SHUTDOWN COMPACT),
     * so a store does not grow without end; a kill during that copy leaves the old file, which opens as before.
     */
    @Override
    public void close() {
        try {
            factory.close();
            if (mark != null && !transactions.stopped()) { // embedded only; never after H2 stopped
                compactIfWorthwhile();
            }
        } finally {
            dataSource.close();
            if (mark != null) {
                mark.closed();
            }
        }
    }

    private void compactIfWorthwhile() {
        Connection c = null;
        boolean shutDown = false;
        try {
            c = dataSource.getConnection();
            try (Statement s = c.createStatement()) {
                long length = java.nio.file.Files.size(location.databaseFile());
                int fillRate;
                try (ResultSet rs = s.executeQuery("select setting_value from information_schema.settings "
                        + "where setting_name = 'info.CHUNKS_FILL_RATE'")) {
                    fillRate = rs.next() ? Integer.parseInt(rs.getString(1)) : 100;
                }
                if (mark.compactionWanted() || length >= COMPACT_FROM_BYTES && fillRate < COMPACT_BELOW_FILL_PERCENT) {
                    mark.lengthChanging();
                    long started = System.nanoTime();
                    shutDown = true;
                    s.execute("shutdown compact");
                    LOG.info("Store compacted at close: {} MB, {}% in use, in {} ms", length >> 20, fillRate,
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            // The store is whole without compaction; it only stays larger until the next close.
            LOG.warn("Store not compacted at close: {}", org.casefile.SafeLog.describe(e));
        } finally {
            if (c != null) {
                if (shutDown) {
                    dataSource.evictConnection(c); // the database is closed: nothing to roll back or return
                } else {
                    try {
                        c.close();
                    } catch (SQLException e) {
                        LOG.warn("Store connection not returned: {}", org.casefile.SafeLog.describe(e));
                    }
                }
            }
        }
    }

}
