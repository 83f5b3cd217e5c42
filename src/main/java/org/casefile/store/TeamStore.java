package org.casefile.store;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.casefile.UserFacingException;

/**
 * Opens a team's store on a PostgreSQL server: a pooled connection, the PostgreSQL twins of the migrations, the
 * same Hibernate unit ({@link TeamDialect}: PostgreSQL with long text as {@code text}), and blobs sealed with a key derived from the
 * store key, since the server's disk is not encrypted by Casefile.
 */
final class TeamStore {
    private TeamStore() {
    }

    static Store start(Database.Server server, StoreKey key, List<Class<?>> entities, boolean create) {
        TeamKeyRing ring = new TeamKeyRing(server);
        boolean exists = ring.exists();
        if (create && exists) {
            throw new UserFacingException("store.alreadyExists", server.describe());
        }
        if (!create && !exists) {
            throw new UserFacingException("database.noStore", server.describe());
        }
        HikariDataSource dataSource = null;
        try {
            dataSource = ServerConnections.pool(server);
            if (server.schema() != null) {
                createSchema(dataSource, server.schema());
            }
            Store.migrate(dataSource, server.migrations());
            EntityManagerFactory factory = Store.persistenceUnit("casefile", entities, dataSource)
                    .property("hibernate.dialect", TeamDialect.class.getName())
                    .createEntityManagerFactory();
            return new Store(server.location(), dataSource, factory, BlobSeal.withKey(key));
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            if (e instanceof UserFacingException u) {
                throw u;
            }
            throw ServerConnections.unreachable(e, server);
        }
    }

    /** A named schema is made on first use, so a team (or a test run) can keep a store beside others. */
    private static void createSchema(HikariDataSource dataSource, String schema) {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            // The name was checked against [a-z_][a-z0-9_]* when the address was read.
            s.execute("create schema if not exists " + schema);
            c.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the schema could not be created", e);
        }
    }
}
