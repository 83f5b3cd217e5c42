package org.casefile.store;

import jakarta.persistence.EntityManagerFactory;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hibernate started for an embedded store before its key is known, so that signing in does not wait for it.
 * Building the entity manager factory (reading the mappings, Envers' history model, every entity's SQL) is the
 * largest part of opening a store and needs no database; it runs while the person types their password, over a
 * data source that is pointed at the real, encrypted database only once sign-in has opened and migrated it.
 *
 * <p>Hibernate is told not to read the database's metadata at start (it is told the database is H2 of the bundled version instead) and does not
 * validate the schema: the unprepared path, which every store and service test takes, validates it, so a
 * mapping that does not match the migrations fails the build rather than a caseworker's sign-in.
 */
public final class PreparedHibernate implements AutoCloseable {
    private final Deferred dataSource = new Deferred();
    private final EntityManagerFactory factory;
    private final AtomicBoolean taken = new AtomicBoolean();

    private PreparedHibernate(List<Class<?>> entities) {
        this.factory = Store.persistenceUnit("casefile", entities, dataSource, false)
                .property("hibernate.boot.allow_jdbc_metadata_access", "false")
                .property("jakarta.persistence.database-product-name", "H2")
                .property("jakarta.persistence.database-product-version", org.h2.engine.Constants.VERSION)
                .createEntityManagerFactory();
    }

    /** Builds Hibernate for an embedded store; takes a few seconds of CPU, so call it off the FX thread. */
    public static PreparedHibernate forEmbeddedStore(List<Class<?>> entities) {
        return new PreparedHibernate(entities);
    }

    /** Hands the factory over, now working on {@code real}; a prepared Hibernate serves one store only. */
    EntityManagerFactory bindTo(DataSource real) {
        if (!taken.compareAndSet(false, true)) {
            throw new IllegalStateException("this prepared Hibernate already serves a store");
        }
        dataSource.target = real;
        return factory;
    }

    /** True until a store takes it (or it is closed). */
    public boolean available() {
        return !taken.get();
    }

    /** Lets go of a factory no store took (the window closed at the sign-in screen); a taken one is the store's. */
    @Override
    public void close() {
        if (taken.compareAndSet(false, true)) {
            factory.close();
        }
    }

    /** A data source that refuses every connection until it is bound, then passes each request on. */
    private static final class Deferred implements DataSource {
        private volatile DataSource target;

        private DataSource target() throws SQLException {
            DataSource t = target;
            if (t == null) {
                throw new SQLException("the store is not open yet");
            }
            return t;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return target().getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return target().getConnection(username, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target == null ? null : target.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target().setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target().setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target == null ? 0 : target.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (iface.isInstance(this)) {
                return iface.cast(this);
            }
            return target().unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return iface.isInstance(this) || (target != null && target.isWrapperFor(iface));
        }
    }
}
