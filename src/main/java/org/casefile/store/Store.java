package org.casefile.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
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
    private final StoreLocation location;
    private final HikariDataSource dataSource;
    private final EntityManagerFactory factory;
    private final Transactions transactions;

    Store(StoreLocation location, HikariDataSource dataSource, EntityManagerFactory factory, BlobSeal blobs) {
        this.location = location;
        this.dataSource = dataSource;
        this.factory = factory;
        this.transactions = new Transactions(factory, blobs);
    }

    /** Creates a new store's database, embedded or on a team's server (see {@link TeamStore}). */
    public static Store create(Database database, StoreKey key, List<Class<?>> entities) {
        return database instanceof Database.Server server
                ? TeamStore.start(server, key, entities, true)
                : create(database.location(), key, entities);
    }

    /** Opens an existing store's database, embedded or on a team's server. */
    public static Store open(Database database, StoreKey key, List<Class<?>> entities) {
        return database instanceof Database.Server server
                ? TeamStore.start(server, key, entities, false)
                : open(database.location(), key, entities);
    }

    /** Creates the database of a new store. The caller holds the {@link StoreLock} and saves the key ring. */
    public static Store create(StoreLocation location, StoreKey key, List<Class<?>> entities) {
        if (location.state() != StoreLocation.State.NEW) {
            throw new UserFacingException("store.alreadyExists", location.directory());
        }
        return start(location, key, entities, false);
    }

    /** Opens an existing store's database. */
    public static Store open(StoreLocation location, StoreKey key, List<Class<?>> entities) {
        switch (location.state()) {
            case NEW, DATABASE_MISSING -> throw new UserFacingException("store.databaseMissing", location.databaseFile());
            case KEY_RING_MISSING -> throw new UserFacingException("store.keyRingMissing", location.keyRingFile());
            case READY -> {
                // go on
            }
        }
        return start(location, key, entities, true);
    }

    private static Store start(StoreLocation location, StoreKey key, List<Class<?>> entities, boolean mustExist) {
        HikariDataSource dataSource = null;
        try {
            dataSource = dataSource(location, key, mustExist);
            migrate(dataSource, H2_MIGRATIONS);
            EntityManagerFactory factory = persistenceUnit("casefile", entities, dataSource).createEntityManagerFactory();
            return new Store(location, dataSource, factory, BlobSeal.none());
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
     * while the person is still typing their password. Holds no data; failures only cost the head start.
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

    /** Hibernate over a migrated database: the schema must match the entities exactly (validate). */
    static HibernatePersistenceConfiguration persistenceUnit(String name, List<Class<?>> entities, DataSource dataSource) {
        return new HibernatePersistenceConfiguration(name)
                .managedClasses(entities)
                .property(JdbcSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(SchemaToolingSettings.HBM2DDL_AUTO, "validate")
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
        // FILE_LOCK=FS: an OS lock, released by the OS if Casefile dies.
        // TRACE_LEVEL_FILE=0: H2's trace file would hold SQL in plain text.
        config.setJdbcUrl("jdbc:h2:file:" + location.jdbcPath()
                + ";CIPHER=AES;WRITE_DELAY=0;FILE_LOCK=FS;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE"
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

    static void migrate(DataSource dataSource, String migrations) {
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

    @Override
    public void close() {
        try {
            factory.close();
        } finally {
            dataSource.close();
        }
    }
}
