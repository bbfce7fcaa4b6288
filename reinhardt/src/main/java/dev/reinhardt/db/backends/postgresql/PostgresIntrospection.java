package dev.reinhardt.db.backends.postgresql;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Introspection;
import dev.reinhardt.db.backends.base.Sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PostgreSQL introspection: JDBC metadata plus check constraints from {@code pg_constraint}. */
final class PostgresIntrospection extends Introspection {

    PostgresIntrospection(DatabaseWrapper connection) {
        super(connection);
    }

    @Override
    protected String schema() {
        return "public";
    }

    @Override
    protected Map<String, ConstraintInfo> checkConstraints(String table) {
        Map<String, ConstraintInfo> checks = new LinkedHashMap<>();
        connection.query(Sql.of("SELECT c.conname, a.attname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
                + "LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(c.conkey) "
                + "WHERE c.contype = 'c' AND t.relname = ? ORDER BY c.conname", table), rs -> {
            String name = rs.getString(1);
            String column = rs.getString(2);
            ConstraintInfo existing = checks.get(name);
            List<String> columns = new java.util.ArrayList<>(existing == null ? List.of() : existing.columns());
            if (column != null) {
                columns.add(column);
            }
            checks.put(name, new ConstraintInfo(name, columns, false, false, false, true));
            return null;
        });
        return checks;
    }
}
