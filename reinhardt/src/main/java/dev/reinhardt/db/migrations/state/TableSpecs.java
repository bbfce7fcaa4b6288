package dev.reinhardt.db.migrations.state;

import dev.reinhardt.db.backends.base.CheckSpec;
import dev.reinhardt.db.backends.base.ColumnSpec;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.IndexSpec;
import dev.reinhardt.db.backends.base.TableSpec;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.fields.FieldKinds;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turn model states into the table descriptions the schema editor runs,
 * the same DDL {@code Options.tableSpec} gives for a model class: columns,
 * {@code dbIndex} and named indexes, unique and check constraints, and the
 * join table of each many-to-many field.
 */
public final class TableSpecs {

    private static final Map<String, String> CHECK_OPERATORS = Map.of("exact", "=", "gt", ">", "gte", ">=",
            "lt", "<", "lte", "<=");
    private static final Set<String> NUMERIC = Set.of("AutoField", "BigAutoField", "SmallAutoField", "IntegerField",
            "BigIntegerField", "SmallIntegerField", "PositiveIntegerField", "PositiveSmallIntegerField",
            "PositiveBigIntegerField", "FloatField", "DecimalField");
    private static final Map<String, String> AUTO_TO_INTEGER = Map.of("AutoField", "IntegerField",
            "BigAutoField", "BigIntegerField", "SmallAutoField", "SmallIntegerField");

    private TableSpecs() {
    }

    /** Return the table of {@code model} (without its many-to-many join tables). */
    public static TableSpec table(ProjectState state, ModelState model, DatabaseWrapper connection) {
        List<ColumnSpec> columns = new ArrayList<>();
        List<IndexSpec> indexes = new ArrayList<>();
        for (String fieldName : model.fields().keySet()) {
            ColumnSpec column = column(state, model, fieldName);
            if (column != null) {
                columns.add(column);
                IndexSpec index = fieldIndex(model, fieldName);
                if (index != null) {
                    indexes.add(index);
                }
            }
        }
        for (IndexState index : model.indexes()) {
            indexes.add(index(model, index));
        }
        List<CheckSpec> checks = new ArrayList<>();
        for (ConstraintState constraint : model.constraints()) {
            switch (constraint) {
                case ConstraintState.Unique unique -> indexes.add(unique(model, unique));
                case ConstraintState.Check check -> checks.add(check(model, check, connection));
            }
        }
        return new TableSpec(model.dbTable(), columns, indexes, checks);
    }

    /** Return the column of field {@code fieldName}, or null for a many-to-many field, which has none. */
    public static ColumnSpec column(ProjectState state, ModelState model, String fieldName) {
        FieldState field = model.field(fieldName);
        if (field.isManyToMany()) {
            return null;
        }
        String column = model.column(fieldName);
        if (FieldState.FOREIGN_KEYS.contains(field.type())) {
            FieldState targetPk = targetPk(state, model, field);
            String internal = AUTO_TO_INTEGER.getOrDefault(internalType(targetPk), internalType(targetPk));
            return new ColumnSpec(column, new ValueType(internal, javaType(internal)), typeParams(targetPk),
                    field.nullable(), false, field.unique(), typedDefault(internal, field.dbDefault()));
        }
        String internal = internalType(field);
        return new ColumnSpec(column, new ValueType(internal, javaType(internal)), typeParams(field), field.nullable(),
                field.primaryKey(), field.unique() && !field.primaryKey(), typedDefault(internal, field.dbDefault()));
    }

    /** Return the index a {@code dbIndex} field (or a foreign key) gets, or null when it gets none. */
    public static IndexSpec fieldIndex(ModelState model, String fieldName) {
        FieldState field = model.field(fieldName);
        Object declared = field.option("dbIndex");
        boolean indexed = declared == null ? FieldState.FOREIGN_KEYS.contains(field.type()) : (Boolean) declared;
        if (!indexed || field.unique() || field.isManyToMany()) {
            return null;
        }
        String column = model.column(fieldName);
        return new IndexSpec(indexName(model.dbTable(), List.of(column), "idx"), List.of(column), false);
    }

    /** Return the schema editor's description of {@code index} on {@code model}. */
    public static IndexSpec index(ModelState model, IndexState index) {
        return new IndexSpec(index.name(), columns(model, index.fields()), false);
    }

    /** Return the schema editor's description of the unique constraint {@code unique}. */
    public static IndexSpec unique(ModelState model, ConstraintState.Unique unique) {
        return new IndexSpec(unique.name(), columns(model, unique.fields()), true);
    }

    /**
     * Return the check constraint {@code check} rendered for {@code connection}.
     *
     * @throws IllegalArgumentException naming the lookups a check can use
     */
    public static CheckSpec check(ModelState model, ConstraintState.Check check, DatabaseWrapper connection) {
        String operator = CHECK_OPERATORS.get(check.lookup());
        if (operator == null) {
            throw new IllegalArgumentException("Check constraint '" + check.name() + "' on " + model.label()
                    + " uses lookup '" + check.lookup() + "'. Choices are: exact, gt, gte, lt, lte.");
        }
        FieldState field = model.field(check.field());
        boolean numeric = NUMERIC.contains(field.isRelation() ? "BigIntegerField" : internalType(field));
        Object literal = numeric ? new BigDecimal(check.value()) : check.value();
        return new CheckSpec(check.name(), connection.ops().quoteName(model.column(check.field())) + " " + operator
                + " " + connection.ops().quoteValue(literal));
    }

    /** Return the join tables of {@code model}'s many-to-many fields (those without an explicit {@code through}). */
    public static List<TableSpec> joinTables(ProjectState state, ModelState model) {
        List<TableSpec> tables = new ArrayList<>();
        for (Map.Entry<String, FieldState> entry : model.fields().entrySet()) {
            TableSpec table = joinTable(state, model, entry.getKey());
            if (table != null) {
                tables.add(table);
            }
        }
        return tables;
    }

    /** Return the join table of the many-to-many field {@code fieldName}, or null when it has none. */
    public static TableSpec joinTable(ProjectState state, ModelState model, String fieldName) {
        FieldState field = model.field(fieldName);
        if (!field.isManyToMany() || field.textOption("through") != null) {
            return null;
        }
        ModelState target = state.model(field.relatedModel());
        String table = field.textOption("dbTable");
        if (table == null) {
            table = model.dbTable() + "_" + dev.reinhardt.db.models.fields.Field.snakeCase(fieldName);
        }
        boolean self = target.label().equalsIgnoreCase(model.label());
        String from = (self ? "from_" : "") + model.key() + "_id";
        String to = (self ? "to_" : "") + target.key() + "_id";
        ColumnSpec id = new ColumnSpec("id", new ValueType("BigAutoField", Long.class), Map.of(), false, true, false,
                null);
        List<ColumnSpec> columns = List.of(id, referenceColumn(from, state, model), referenceColumn(to, state, target));
        List<IndexSpec> indexes = List.of(
                new IndexSpec(indexName(table, List.of(from, to), "uniq"), List.of(from, to), true),
                new IndexSpec(indexName(table, List.of(from), "idx"), List.of(from), false),
                new IndexSpec(indexName(table, List.of(to), "idx"), List.of(to), false));
        return new TableSpec(table, columns, indexes, List.of());
    }

    private static ColumnSpec referenceColumn(String column, ProjectState state, ModelState target) {
        FieldState pk = target.field(target.pkName());
        String internal = AUTO_TO_INTEGER.getOrDefault(internalType(pk), internalType(pk));
        return new ColumnSpec(column, new ValueType(internal, javaType(internal)), typeParams(pk), false, false, false,
                null);
    }

    /**
     * Return the name of an index over {@code columns} of {@code table}: table and columns, cut to fit
     * PostgreSQL's 63 characters, a hash, and {@code suffix}. The same names {@code Options} gives.
     */
    public static String indexName(String table, List<String> columns, String suffix) {
        String joined = String.join("_", columns).replace("-", "");
        String hash = String.format("%08x", (table + "." + joined).hashCode());
        String prefix = table + "_" + joined;
        int room = 63 - hash.length() - suffix.length() - 2;
        return (prefix.length() > room ? prefix.substring(0, room) : prefix) + "_" + hash + "_" + suffix;
    }

    /** Return the value type rows of {@code field} are read and written as (canonical Java values). */
    public static ValueType valueType(ProjectState state, ModelState model, String fieldName) {
        ColumnSpec column = column(state, model, fieldName);
        return column == null ? null : column.type();
    }

    /**
     * Return the internal type (the backend's data-types key) of a non-relation field.
     *
     * @throws IllegalArgumentException when no field kind of that name is registered
     */
    public static String internalType(FieldState field) {
        return FieldKinds.get(field.type()).internalType();
    }

    private static FieldState targetPk(ProjectState state, ModelState model, FieldState field) {
        String related = field.relatedModel();
        if (related == null) {
            throw new IllegalArgumentException("Relation field of " + model.label() + " names no target model; "
                    + "give it a \"to\" option such as \"app_label.ModelName\".");
        }
        ModelState target = state.model(related);
        FieldState pk = target.field(target.pkName());
        if (pk.isRelation()) {
            return targetPk(state, target, pk);
        }
        return pk;
    }

    private static List<String> columns(ModelState model, List<String> fields) {
        List<String> columns = new ArrayList<>();
        for (String field : fields) {
            boolean descending = field.startsWith("-");
            String column = model.column(descending ? field.substring(1) : field);
            columns.add(descending ? "-" + column : column);
        }
        return columns;
    }

    private static Map<String, Object> typeParams(FieldState field) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (String key : List.of("maxLength", "maxDigits", "decimalPlaces")) {
            Object value = field.option(key);
            if (value != null) {
                params.put(key, value);
            }
        }
        return params;
    }

    private static Object typedDefault(String internalType, String literal) {
        if (literal == null) {
            return null;
        }
        if (internalType.equals("BooleanField")) {
            return Boolean.parseBoolean(literal);
        }
        return NUMERIC.contains(internalType) ? new BigDecimal(literal) : literal;
    }

    private static Class<?> javaType(String internalType) {
        return switch (internalType) {
            case "AutoField", "IntegerField", "SmallIntegerField", "SmallAutoField", "PositiveIntegerField",
                 "PositiveSmallIntegerField" -> Integer.class;
            case "BigAutoField", "BigIntegerField", "PositiveBigIntegerField" -> Long.class;
            case "BooleanField" -> Boolean.class;
            case "FloatField" -> Double.class;
            case "DecimalField" -> BigDecimal.class;
            case "DateField" -> LocalDate.class;
            case "TimeField" -> LocalTime.class;
            case "DateTimeField" -> Instant.class;
            case "DurationField" -> Duration.class;
            case "UUIDField" -> UUID.class;
            case "BinaryField" -> byte[].class;
            default -> String.class;
        };
    }
}
