package org.casefile.store;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.ClobJdbcType;

/**
 * PostgreSQL as Hibernate sees it, with one change: long text ({@code @Lob String}: checklists, typology findings)
 * is a {@code text} column read and written as a string. Hibernate's own mapping puts it in PostgreSQL's large
 * objects ({@code oid}), which live outside the table, are not removed with their row, and need their own
 * privileges; the twin migrations use {@code text} where H2 has {@code clob}.
 */
public final class TeamDialect extends PostgreSQLDialect {
    @Override
    protected String columnType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.CLOB ? "text" : super.columnType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions contributions, ServiceRegistry registry) {
        super.contributeTypes(contributions, registry);
        contributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(SqlTypes.CLOB, ClobJdbcType.MATERIALIZED);
    }
}
