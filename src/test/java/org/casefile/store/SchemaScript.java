package org.casefile.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.casefile.Entities;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * A developer's tool, not a test: prints the DDL Hibernate (with Envers) expects for the current entities, as a
 * starting point for a new Flyway migration. The migration is still written and reviewed by hand.
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.classpathScope=test ... (or run from an IDE) with args: OUTPUT_FILE</pre>
 */
public final class SchemaScript {
    private SchemaScript() {
    }

    public static void main(String[] args) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:schema-script");
        config.setMaximumPoolSize(2);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            HibernatePersistenceConfiguration unit = Store.persistenceUnit("schema-script", Entities.all(), ds);
            unit.property(SchemaToolingSettings.HBM2DDL_AUTO, "none")
                    .property("jakarta.persistence.schema-generation.scripts.action", "create")
                    .property("jakarta.persistence.schema-generation.scripts.create-target", Path.of(args[0]).toString())
                    .property("hibernate.format_sql", "true")
                    .createEntityManagerFactory().close();
        }
    }
}
