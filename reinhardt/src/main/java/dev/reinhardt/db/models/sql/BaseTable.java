package dev.reinhardt.db.models.sql;

/**
 * The table a query starts from; its alias is the table name.
 *
 * @param tableName the table
 * @param alias     the alias
 */
record BaseTable(String tableName, String alias) implements TableRef {

    @Override
    public String asSql(SqlCompiler compiler) {
        return tableName.equals(alias) ? compiler.quote(tableName)
                : compiler.quote(tableName) + " " + compiler.quote(alias);
    }
}
