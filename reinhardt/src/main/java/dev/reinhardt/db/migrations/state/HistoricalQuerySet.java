package dev.reinhardt.db.migrations.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueReader;
import dev.reinhardt.db.backends.base.ValueType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a historical model, as maps from field name to value (Django's
 * query set over a historical model, untyped). Lazy and immutable: each
 * chaining call returns a copy and SQL runs on {@link #list()},
 * {@link #count()}, {@link #update(Map)} and friends.
 *
 * <p>Values are the canonical Java forms the backends use: {@code Long} and
 * {@code Integer}, {@code String}, {@code BigDecimal}, {@code Boolean},
 * {@code Instant}, {@code LocalDate}, {@code UUID}; a foreign key holds the
 * related row's primary key. Lookups: exact, iexact, contains, icontains,
 * startswith, istartswith, endswith, iendswith, gt, gte, lt, lte, in, isnull;
 * {@code "pk"} names the primary key. Every value is a bound parameter.
 */
public final class HistoricalQuerySet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProjectState project;
    private final ModelState model;
    private final DatabaseWrapper connection;
    private final List<Sql> conditions;
    private final List<String> ordering;

    HistoricalQuerySet(ProjectState project, ModelState model, DatabaseWrapper connection) {
        this(project, model, connection, List.of(), List.of());
    }

    private HistoricalQuerySet(ProjectState project, ModelState model, DatabaseWrapper connection, List<Sql> conditions,
                               List<String> ordering) {
        this.project = project;
        this.model = model;
        this.connection = connection;
        this.conditions = conditions;
        this.ordering = ordering;
    }

    /** Return the rows matching {@code lookup} (such as {@code "status"} or {@code "total__gte"}) against {@code value}. */
    public HistoricalQuerySet filter(String lookup, Object value) {
        List<Sql> copy = new ArrayList<>(conditions);
        copy.add(condition(lookup, value));
        return new HistoricalQuerySet(project, model, connection, copy, ordering);
    }

    /** Return the rows not matching {@code lookup} against {@code value}. */
    public HistoricalQuerySet exclude(String lookup, Object value) {
        Sql condition = condition(lookup, value);
        List<Sql> copy = new ArrayList<>(conditions);
        copy.add(new Sql("NOT (" + condition.sql() + ")", condition.params()));
        return new HistoricalQuerySet(project, model, connection, copy, ordering);
    }

    /** Return the rows ordered by {@code fields} ({@code -} for descending). */
    public HistoricalQuerySet orderBy(String... fields) {
        for (String field : fields) {
            column(field.startsWith("-") ? field.substring(1) : field);
        }
        return new HistoricalQuerySet(project, model, connection, conditions, List.of(fields));
    }

    /** Return every matching row, keyed by field name in field order. */
    public List<Map<String, Object>> list() {
        List<String> fields = columnFields();
        List<ValueReader> readers = fields.stream().map(this::reader).toList();
        String columns = String.join(", ", fields.stream().map(field -> quote(column(field))).toList());
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM ").append(quote(model.dbTable()));
        List<Object> params = appendWhere(sql);
        if (!ordering.isEmpty()) {
            sql.append(" ORDER BY ").append(String.join(", ", ordering.stream().map(field -> field.startsWith("-")
                    ? quote(column(field.substring(1))) + " DESC" : quote(column(field))).toList()));
        }
        return connection.query(new Sql(sql.toString(), params), rs -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                row.put(fields.get(i), readers.get(i).read(rs, i + 1));
            }
            return row;
        });
    }

    /** Return the first matching row, or null when none matches. */
    public Map<String, Object> first() {
        List<Map<String, Object>> rows = list();
        return rows.isEmpty() ? null : rows.getFirst();
    }

    /** Return the number of matching rows. */
    public long count() {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ").append(quote(model.dbTable()));
        List<Object> params = appendWhere(sql);
        return connection.query(new Sql(sql.toString(), params), rs -> rs.getLong(1)).getFirst();
    }

    /** Return whether any row matches. */
    public boolean exists() {
        return count() > 0;
    }

    /** Set {@code values} (by field name) on every matching row and return how many rows changed. */
    public int update(Map<String, Object> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<String> assignments = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        values.forEach((field, value) -> {
            assignments.add(quote(column(field)) + " = " + ops().placeholder(valueType(field)));
            params.add(toDb(field, value));
        });
        StringBuilder sql = new StringBuilder("UPDATE ").append(quote(model.dbTable())).append(" SET ")
                .append(String.join(", ", assignments));
        params.addAll(appendWhere(sql));
        return connection.executeUpdate(new Sql(sql.toString(), params));
    }

    /** Delete every matching row and return how many were deleted. */
    public int delete() {
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(quote(model.dbTable()));
        List<Object> params = appendWhere(sql);
        return connection.executeUpdate(new Sql(sql.toString(), params));
    }

    /** Insert a row with {@code values} (by field name) and return it with its primary key. */
    public Map<String, Object> create(Map<String, Object> values) {
        String pk = model.pkName();
        List<String> columns = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        values.forEach((field, value) -> {
            columns.add(quote(column(field)));
            placeholders.add(ops().placeholder(valueType(field)));
            params.add(toDb(field, value));
        });
        String table = quote(model.dbTable());
        String sql = columns.isEmpty() ? ops().insertDefaultValuesSql(table)
                : "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", placeholders) + ")";
        ValueReader reader = reader(pk);
        Object id = connection.query(new Sql(sql + ops().returningSql(List.of(quote(column(pk)))), params),
                rs -> reader.read(rs, 1)).getFirst();
        Map<String, Object> row = new LinkedHashMap<>(values);
        row.put(pk, id);
        return row;
    }

    // ---------------------------------------------------------------- SQL

    private Sql condition(String lookup, Object value) {
        int split = lookup.lastIndexOf("__");
        String field = split < 0 ? lookup : lookup.substring(0, split);
        String operator = split < 0 ? "exact" : lookup.substring(split + 2);
        String column = quote(column(field));
        ValueType type = valueType(field);
        return switch (operator) {
            case "isnull" -> Sql.of(column + (Boolean.TRUE.equals(value) ? " IS NULL" : " IS NOT NULL"));
            case "exact" -> value == null ? Sql.of(column + " IS NULL")
                    : new Sql(column + " = " + ops().placeholder(type), List.of(toDb(field, value)));
            case "in" -> {
                if (!(value instanceof Collection<?> values) || values.isEmpty()) {
                    throw new IllegalArgumentException("Lookup '" + lookup + "' needs a non-empty collection.");
                }
                List<Object> params = new ArrayList<>();
                values.forEach(item -> params.add(toDb(field, item)));
                yield new Sql(column + " IN (" + String.join(", ", params.stream().map(p -> ops().placeholder(type))
                        .toList()) + ")", params);
            }
            case "iexact", "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith" -> new Sql(
                    ops().lookupLhs(operator, type.internalType(), column) + " "
                            + ops().lookupOperator(operator).replace("%s", ops().placeholder(type)),
                    List.of(ops().patternValue(operator, value.toString())));
            case "gt", "gte", "lt", "lte" -> new Sql(column + " " + ops().lookupOperator(operator)
                    .replace("%s", ops().placeholder(type)), List.of(toDb(field, value)));
            default -> throw new IllegalArgumentException("Historical query sets do not support lookup '" + operator
                    + "'. Choices are: exact, iexact, contains, icontains, startswith, istartswith, endswith, "
                    + "iendswith, gt, gte, lt, lte, in, isnull.");
        };
    }

    private List<Object> appendWhere(StringBuilder sql) {
        List<Object> params = new ArrayList<>();
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions.stream().map(Sql::sql).toList()));
            conditions.forEach(condition -> params.addAll(condition.params()));
        }
        return params;
    }

    private List<String> columnFields() {
        return model.fields().entrySet().stream().filter(entry -> !entry.getValue().isManyToMany())
                .map(Map.Entry::getKey).toList();
    }

    private String fieldName(String field) {
        String name = field.equals("pk") ? model.pkName() : field;
        FieldState state = model.fields().get(name);
        if (state == null || state.isManyToMany()) {
            throw new IllegalArgumentException("Cannot resolve keyword '" + field + "' into a field of historical model "
                    + model.label() + ". Choices are: " + String.join(", ", columnFields().stream().sorted().toList())
                    + ".");
        }
        return name;
    }

    private String column(String field) {
        return model.column(fieldName(field));
    }

    private ValueType valueType(String field) {
        return TableSpecs.valueType(project, model, fieldName(field));
    }

    /** Return a reader of {@code field}'s column; decimals come back with the field's decimal places, as the ORM reads them. */
    private ValueReader reader(String field) {
        ValueReader raw = ops().reader(valueType(field));
        Integer places = model.field(fieldName(field)).intOption("decimalPlaces");
        if (!valueType(field).internalType().equals("DecimalField") || places == null) {
            return raw;
        }
        return (rs, index) -> raw.read(rs, index) instanceof BigDecimal decimal
                ? decimal.setScale(places, RoundingMode.HALF_EVEN) : null;
    }

    private Object toDb(String field, Object value) {
        if (value == null) {
            return null;
        }
        ValueType type = valueType(field);
        Object canonical = switch (value) {
            case Enum<?> constant -> constant.name();
            case Number number when type.internalType().equals("DecimalField") && !(value instanceof BigDecimal) ->
                    new BigDecimal(number.toString());
            case String text when type.internalType().equals("DecimalField") -> new BigDecimal(text);
            default -> value;
        };
        Integer places = model.field(fieldName(field)).intOption("decimalPlaces");
        if (canonical instanceof BigDecimal decimal && places != null) {
            canonical = decimal.setScale(places, RoundingMode.HALF_EVEN);
        }
        if (type.internalType().equals("JSONField") && !(canonical instanceof String)) {
            try {
                canonical = JSON.writeValueAsString(canonical);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Value of " + field + " cannot be written as JSON: "
                        + e.getOriginalMessage(), e);
            }
        }
        return ops().adapt(type, canonical);
    }

    private Operations ops() {
        return connection.ops();
    }

    private String quote(String name) {
        return ops().quoteName(name);
    }
}
