package dev.reinhardt.db.models.sql;

import dev.reinhardt.db.models.fields.Field;

/**
 * A joined table of a query: {@code INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")}.
 * Two joins are the same join (and may be reused) when they join the same
 * table to the same parent alias on the same columns, whatever their alias
 * and type. Immutable: promotion returns a copy.
 *
 * @param tableName    the joined table
 * @param alias        its alias in the query
 * @param parentAlias  the alias it is joined to
 * @param type         INNER or LEFT OUTER
 * @param parentField  the column on the parent side
 * @param field        the column on the joined side
 * @param nullable     whether a parent row can match no joined row
 * @param multiValued  whether a parent row can match several joined rows
 */
record Join(String tableName, String alias, String parentAlias, Type type, Field parentField, Field field,
            boolean nullable, boolean multiValued) implements TableRef {

    /** How a join keeps parent rows without a match. */
    enum Type {
        INNER("INNER JOIN"), LOUTER("LEFT OUTER JOIN");

        private final String sql;

        Type(String sql) {
            this.sql = sql;
        }
    }

    @Override
    public String asSql(SqlCompiler compiler) {
        String table = tableName.equals(alias) ? compiler.quote(tableName)
                : compiler.quote(tableName) + " " + compiler.quote(alias);
        return type.sql + " " + table + " ON (" + compiler.quote(parentAlias) + "." + compiler.quote(parentField.column())
                + " = " + compiler.quote(alias) + "." + compiler.quote(field.column()) + ")";
    }

    /** Return whether {@code other} joins the same table the same way (aliases and types aside). */
    boolean sameAs(Join other) {
        return tableName.equals(other.tableName) && parentAlias.equals(other.parentAlias)
                && parentField == other.parentField && field == other.field;
    }

    Join withType(Type newType) {
        return new Join(tableName, alias, parentAlias, newType, parentField, field, nullable, multiValued);
    }
}
