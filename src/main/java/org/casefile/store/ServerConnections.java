package org.casefile.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.casefile.UserFacingException;

/** Connections to a team's PostgreSQL server: the pool a store uses, and single ones for the key ring and checks. */
public final class ServerConnections {
    /** PostgreSQL's SQLSTATE classes for "could not connect" and "wrong password or no such role". */
    private static final String CONNECTION_CLASS = "08";
    private static final String AUTHORISATION_CLASS = "28";
    private static final String NO_SUCH_DATABASE = "3D000";

    private ServerConnections() {
    }

    static Connection open(Database.Server server) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", server.user());
        p.setProperty("connectTimeout", "10");
        password().ifPresent(pw -> p.setProperty("password", pw));
        return DriverManager.getConnection(server.jdbcUrl(), p);
    }

    /** The store's pool: a handful of connections per desktop, so a team of twenty stays far below the server's limit. */
    static HikariDataSource pool(Database.Server server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setPoolName("casefile-server");
        config.setAutoCommit(false);
        config.setConnectionTimeout(15_000);
        return new HikariDataSource(config);
    }

    /**
     * {@code PGPASSWORD}, as libpq reads it; without it the driver looks in {@code ~/.pgpass} (or
     * {@code PGPASSFILE}) itself. Never part of the address, never logged.
     */
    private static java.util.Optional<String> password() {
        String pw = System.getenv("PGPASSWORD");
        return pw == null || pw.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(pw);
    }

    /** A sentence for a server that cannot be reached or refuses us; the server's own text may quote SQL, so it is not shown. */
    public static UserFacingException unreachable(Throwable e, Database.Server server) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith(AUTHORISATION_CLASS)) {
                    return new UserFacingException(e, "database.refused", server.describe(), server.user());
                }
                if (state.equals(NO_SUCH_DATABASE)) {
                    return new UserFacingException(e, "database.noDatabase", server.describe());
                }
                if (state.startsWith(CONNECTION_CLASS)) {
                    return new UserFacingException(e, "database.unreachable", server.describe());
                }
            }
        }
        return new UserFacingException(e, "database.openFailed", server.describe());
    }
}
