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

    /**
     * Return the column of field {@code fieldName}, or null for a many-to-many
     * field, which has none. A foreign key's column is typed like the field it
     * refers to (a numbered key as a plain integer) and references that
     * field's table unless {@code dbConstraint} is false.
     */
    public static ColumnSpec column(ProjectState state, ModelState model, String fieldName) {
        FieldState field = model.field(fieldName);
        if (field.isManyToMany()) {
            return null;
        }
        String column = model.column(fieldName);
        if (field.isForeignKey()) {
            Target target = target(state, model, field);
            FieldState source = target.columnSource(state);
            String internal = referringType(internalType(source));
            Boolean constraint = (Boolean) field.option("dbConstraint");
            ColumnSpec.Reference reference = Boolean.FALSE.equals(constraint) ? null
                    : new ColumnSpec.Reference(target.model().dbTable(), target.model().column(target.fieldName()));
            return new ColumnSpec(column, new ValueType(internal, javaType(internal)), typeParams(source),
                    field.nullable(), field.primaryKey(), field.unique() && !field.primaryKey(),
                    typedDefault(internal, field.dbDefault()), reference);
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

    /** Return the name of the join table the many-to-many field {@code fieldName} has, or null when it has none. */
    public static String joinTableName(ModelState model, String fieldName) {
        FieldState field = model.field(fieldName);
        if (!field.isManyToMany() || field.textOption("through") != null) {
            return null;
        }
        String table = field.textOption("dbTable");
        return table != null ? table : model.dbTable() + "_" + dev.reinhardt.db.models.fields.Field.snakeCase(fieldName);
    }

    /** Return the join table of the many-to-many field {@code fieldName}, or null when it has none. */
    public static TableSpec joinTable(ProjectState state, ModelState model, String fieldName) {
        String table = joinTableName(model, fieldName);
        if (table == null) {
            return null;
        }
        FieldState field = model.field(fieldName);
        ModelState target = state.concrete(state.model(field.relatedModel()));
        boolean self = target.label().equalsIgnoreCase(model.label());
        String from = (self ? "from_" : "") + model.key() + "_id";
        String to = (self ? "to_" : "") + target.key() + "_id";
        ColumnSpec id = new ColumnSpec("id", new ValueType("BigAutoField", Long.class), Map.of(), false, true, false,
                null);
        List<ColumnSpec> columns = List.of(id, referenceColumn(from, state, model),
                referenceColumn(to, state, target));
        List<IndexSpec> indexes = List.of(
                new IndexSpec(indexName(table, List.of(from), "idx"), List.of(from), false),
                new IndexSpec(indexName(table, List.of(to), "idx"), List.of(to), false),
                new IndexSpec(indexName(table, List.of(from, to), "uniq"), List.of(from, to), true));
        return new TableSpec(table, columns, indexes, List.of());
    }

    /** A join table's key to {@code target}'s primary key. */
    private static ColumnSpec referenceColumn(String column, ProjectState state, ModelState target) {
        Target key = new Target(target, target.pkName());
        FieldState source = key.columnSource(state);
        String internal = referringType(internalType(source));
        return new ColumnSpec(column, new ValueType(internal, javaType(internal)), typeParams(source), false, false,
                false, null, new ColumnSpec.Reference(target.dbTable(), target.column(target.pkName())));
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

    /**
     * The field a foreign key refers to: {@code toField} of the target, or its
     * primary key; on a proxy, the concrete model's.
     *
     * @param model     the model holding the field
     * @param fieldName the field's name
     */
    private record Target(ModelState model, String fieldName) {

        /** Return the field whose column type a key to this one copies, following keys that are keys themselves. */
        FieldState columnSource(ProjectState state) {
            FieldState field = model.field(fieldName);
            Target current = this;
            for (int hops = 0; field.isForeignKey(); hops++) {
                if (hops > state.models().size()) {
                    throw new IllegalArgumentException("The keys of " + model.label() + "." + fieldName
                            + " refer to each other in a circle; one of them must be a plain field.");
                }
                current = target(state, current.model(), field);
                field = current.model().field(current.fieldName());
            }
            return field;
        }
    }

    private static Target target(ProjectState state, ModelState model, FieldState field) {
        String related = field.relatedModel();
        if (related == null) {
            throw new IllegalArgumentException("Relation field of " + model.label() + " names no target model; "
                    + "give it a \"to\" option such as \"app_label.ModelName\".");
        }
        ModelState target = state.concrete(state.model(related));
        String toField = field.textOption("toField");
        if (toField == null) {
            return new Target(target, target.pkName());
        }
        target.field(toField);
        return new Target(target, toField);
    }

    /** Return the type of a column holding values of a column of {@code internalType}: numbered keys become plain integers. */
    private static String referringType(String internalType) {
        return switch (internalType) {
            case "AutoField", "PositiveIntegerField" -> "IntegerField";
            case "BigAutoField", "PositiveBigIntegerField" -> "BigIntegerField";
            case "SmallAutoField", "PositiveSmallIntegerField" -> "SmallIntegerField";
            default -> internalType;
        };
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
