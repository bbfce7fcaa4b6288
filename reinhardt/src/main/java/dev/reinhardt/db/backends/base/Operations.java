package dev.reinhardt.db.backends.base;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Small methods that return a backend's SQL fragments and convert values
 * between Java and the driver (Django's {@code DatabaseOperations}).
 *
 * <p>Values arrive in a canonical Java form per internal type: {@code Instant}
 * for DateTimeField, {@code LocalDate}, {@code LocalTime}, {@code Duration},
 * {@code UUID}, {@code BigDecimal}, JSON as its text, {@code byte[]} for
 * binary; readers return the same forms. Thread-safe and stateless.
 */
public abstract class Operations {


    /** The lookups every backend renders; names outside this set are rejected before SQL is built. */
    public static final Set<String> LOOKUPS = Set.of("exact", "iexact", "contains", "icontains", "startswith",
            "istartswith", "endswith", "iendswith", "in", "gt", "gte", "lt", "lte", "range", "isnull", "regex",
            "iregex");

    /** The parts of a date or time the {@code extract} transforms can take. */
    public static final Set<String> DATE_PARTS = Set.of("year", "quarter", "month", "week", "day", "week_day",
            "iso_week_day", "iso_year", "hour", "minute", "second");

    /** The periods date and date-time values can be truncated to, longest first. */
    public static final List<String> TRUNC_KINDS = List.of("year", "quarter", "month", "week", "day", "hour", "minute",
            "second");

    private static final Pattern ZONE_NAME = Pattern.compile("[A-Za-z0-9_+\\-/:]+");

    /** Return whether {@code name} is a safe identifier: {@code [A-Za-z_][A-Za-z0-9_]*}. */
    public static boolean isIdentifier(String name) {
        // By hand rather than with a regular expression: every filter path is checked, and a matcher allocates.
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Return {@code name} quoted as an identifier (table, column, alias). */
    public String quoteName(String name) {
        if (name.startsWith("\"") && name.endsWith("\"") && name.length() > 1) {
            return name;
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Return {@code value} as a SQL string literal, for DDL, where parameters cannot be bound. */
    public String quoteValue(Object value) {
        return switch (value) {
            case null -> "NULL";
            case Boolean b -> b ? "1" : "0";
            case Number n -> new BigDecimal(n.toString()).toPlainString();
            default -> "'" + value.toString().replace("'", "''") + "'";
        };
    }

    /** Return the LIMIT/OFFSET clause, or an empty string; both bounds are numbers, never caller text. */
    public String limitOffsetSql(Long limit, long offset) {
        StringBuilder sql = new StringBuilder();
        if (limit != null) {
            sql.append("LIMIT ").append(limit);
        }
        if (offset > 0) {
            sql.append(sql.isEmpty() ? "" : " ").append(limit == null ? "LIMIT -1 OFFSET " : "OFFSET ").append(offset);
        }
        return sql.toString();
    }

    /** Return the operator for {@code lookup} with {@code %s} standing for the right-hand side. */
    public String lookupOperator(String lookup) {
        return switch (lookup) {
            case "exact" -> "= %s";
            case "gt" -> "> %s";
            case "gte" -> ">= %s";
            case "lt" -> "< %s";
            case "lte" -> "<= %s";
            case "iexact" -> "LIKE %s ESCAPE '\\'";
            case "contains", "startswith", "endswith" -> "LIKE %s ESCAPE '\\'";
            case "icontains", "istartswith", "iendswith" -> "LIKE UPPER(%s) ESCAPE '\\'";
            default -> throw new IllegalArgumentException("No operator for lookup '" + lookup + "'.");
        };
    }

    /** Return how the left-hand side {@code sql} is wrapped for {@code lookup}. */
    public String lookupLhs(String lookup, String internalType, String sql) {
        return switch (lookup) {
            case "iexact", "icontains", "istartswith", "iendswith" -> "UPPER(" + sql + ")";
            default -> sql;
        };
    }

    /** Return the bound value for a pattern lookup ({@code contains} and friends) on {@code value}. */
    public String patternValue(String lookup, String value) {
        String escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return switch (lookup) {
            case "contains", "icontains" -> "%" + escaped + "%";
            case "startswith", "istartswith" -> escaped + "%";
            case "endswith", "iendswith" -> "%" + escaped;
            case "iexact" -> escaped;
            default -> value;
        };
    }

    /** Return the SQL matching {@code lhs} against the regular expression {@code rhs}. */
    public abstract String regexLookup(String lhs, String rhs, boolean caseInsensitive);

    /** Return SQL extracting {@code part} (one of {@link #DATE_PARTS}) as an integer from a value of {@code internalType}. */
    public abstract String dateExtractSql(String part, String sql, String internalType);

    /** Return SQL casting a date-time {@code sql} to its date in UTC. */
    public abstract String datetimeCastDateSql(String sql);

    /**
     * Return SQL extracting {@code part} (one of {@link #DATE_PARTS}) as an integer from the
     * date-time {@code sql}, taken as a wall-clock time in {@code zone} (Django's
     * {@code datetime_extract_sql} with a time zone name).
     */
    public String datetimeExtractSql(String part, String sql, ZoneId zone) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot extract in a time zone.");
    }

    /**
     * Return SQL truncating the date-time {@code sql} to the start of its {@code kind}
     * period (one of {@link #TRUNC_KINDS}) as a wall-clock time in {@code zone}.
     */
    public String datetimeTruncSql(String kind, String sql, ZoneId zone) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot truncate date-times.");
    }

    /** Return SQL truncating the date {@code sql} to the first day of its {@code kind} period (year to day). */
    public String dateTruncSql(String kind, String sql) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot truncate dates.");
    }

    /**
     * Return {@code kind} as a SQL string literal after checking it is one of {@link #TRUNC_KINDS}.
     *
     * @throws IllegalArgumentException naming the kinds
     */
    protected static String truncKind(String kind) {
        if (!TRUNC_KINDS.contains(kind)) {
            throw new IllegalArgumentException("Unknown truncation kind '" + kind + "'. Choices are: "
                    + String.join(", ", TRUNC_KINDS) + ".");
        }
        return "'" + kind + "'";
    }

    /** Return SQL casting the date-time {@code sql} to its date in {@code zone}. */
    public String datetimeCastDateSql(String sql, ZoneId zone) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot cast to a date in a time zone.");
    }

    /** Return SQL casting the date-time {@code sql} to its time of day in {@code zone}. */
    public String datetimeCastTimeSql(String sql, ZoneId zone) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot cast to a time in a time zone.");
    }

    /**
     * Return {@code zone}'s id as a SQL string literal; the id of a {@link ZoneId} is
     * already a known zone, and is checked again against the characters zone ids use.
     */
    protected String zoneLiteral(ZoneId zone) {
        String id = zone.normalized().getId();
        String name = id.equals("Z") ? "UTC" : id;
        if (!ZONE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Time zone id '" + name + "' has unexpected characters.");
        }
        return "'" + name + "'";
    }

    /** Return SQL casting {@code sql} to the column type {@code dbType}. */
    public String castSql(String sql, String dbType) {
        return "CAST(" + sql + " AS " + dbType + ")";
    }

    /**
     * Return SQL reading the value at {@code path} of the JSON {@code sql}: as JSON
     * (comparable with {@link #jsonValuePlaceholder()}), or as text when {@code asText}.
     * Each key is an identifier, checked by {@link #jsonPath(List)}.
     */
    public String jsonKeySql(String sql, List<String> path, boolean asText) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot read JSON keys.");
    }

    /** Return SQL that is true when the JSON {@code sql} has a value (JSON null included) at {@code path}. */
    public String jsonKeyExistsSql(String sql, List<String> path) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot read JSON keys.");
    }

    /** Return SQL that is true when the JSON {@code sql} holds JSON null at {@code path}. */
    public String jsonKeyIsJsonNullSql(String sql, List<String> path) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot read JSON keys.");
    }

    /** Return the placeholder for a JSON text parameter compared with {@link #jsonKeySql}. */
    public String jsonValuePlaceholder() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot compare JSON values.");
    }

    /**
     * Return {@code path} after checking that each key is an identifier; keys are
     * written into SQL literals, so nothing else may pass.
     *
     * @throws IllegalArgumentException naming the bad key
     */
    protected static List<String> jsonPath(List<String> path) {
        for (String key : path) {
            if (!isIdentifier(key)) {
                throw new IllegalArgumentException("JSON key '" + key + "' is not an identifier.");
            }
        }
        return path;
    }

    /** Return the SQL of a random number, for {@code orderBy("?")}. */
    public String randomFunctionSql() {
        return "RANDOM()";
    }

    /** Return the SQL concatenating {@code parts} as text. */
    public String concatSql(List<String> parts) {
        return "(" + String.join(" || ", parts) + ")";
    }

    /** Return the prefix that turns a query into its plan. */
    public String explainPrefix(String format, Map<String, Boolean> options) {
        return "EXPLAIN";
    }

    /** Return the placeholder for a value of {@code type}; some backends need a cast. */
    public String placeholder(ValueType type) {
        return "?";
    }

    /** Return the RETURNING clause for {@code quotedColumns}. */
    public String returningSql(List<String> quotedColumns) {
        return " RETURNING " + String.join(", ", quotedColumns);
    }

    /** Return the SQL for an INSERT that gives no column values. */
    public String insertDefaultValuesSql(String quotedTable) {
        return "INSERT INTO " + quotedTable + " DEFAULT VALUES";
    }

    /** Return whether {@code error} reports a violated constraint. */
    public boolean isIntegrityError(SQLException error) {
        String state = error.getSQLState();
        return state != null && state.startsWith("23");
    }

    /**
     * Return whether {@code error} says the server had already ended the connection's
     * session, so the statement did not run and may be retried on another connection.
     */
    public boolean isDeadSession(SQLException error) {
        return false;
    }

    /** Return the driver value for {@code value}, in canonical form for {@code type}. */
    public Object adapt(ValueType type, Object value) {
        return value;
    }

    /** Return a reader of columns of {@code type}. */
    public ValueReader reader(ValueType type) {
        return switch (type.internalType()) {
            case "DateTimeField" -> this::readDateTime;
            case "DateField" -> this::readDate;
            case "TimeField" -> this::readTime;
            case "DurationField" -> this::readDuration;
            case "UUIDField" -> this::readUuid;
            case "DecimalField" -> this::readDecimal;
            case "BinaryField" -> (rs, i) -> rs.getBytes(i);
            case "BooleanField" -> PlainGetter.BOOLEAN;
            case "JSONField", "CharField", "TextField", "SlugField" -> (rs, i) -> rs.getString(i);
            default -> javaReader(type.javaType());
        };
    }

    /** Read a DateTimeField column as an {@code Instant}. */
    protected abstract Object readDateTime(ResultSet rs, int index) throws SQLException;

    /** Read a DateField column as a {@code LocalDate}. */
    protected abstract Object readDate(ResultSet rs, int index) throws SQLException;

    /** Read a TimeField column as a {@code LocalTime}. */
    protected abstract Object readTime(ResultSet rs, int index) throws SQLException;

    /** Read a DurationField column as a {@code Duration}. */
    protected abstract Object readDuration(ResultSet rs, int index) throws SQLException;

    /** Read a UUIDField column as a {@code UUID}. */
    protected abstract Object readUuid(ResultSet rs, int index) throws SQLException;

    /** Read a DecimalField column as a {@code BigDecimal}: by default from its text, which every driver gives exactly. */
    protected Object readDecimal(ResultSet rs, int index) throws SQLException {
        return decimalFromText(rs, index);
    }

    private static Object decimalFromText(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : new BigDecimal(text);
    }

    /** Return a reader by the Java type alone, for numbers, text and untyped results. */
    protected static ValueReader javaReader(Class<?> javaType) {
        if (javaType == Integer.class || javaType == int.class) {
            return PlainGetter.INT;
        }
        if (javaType == Long.class || javaType == long.class) {
            return PlainGetter.LONG;
        }
        if (javaType == Short.class || javaType == short.class) {
            return (rs, i) -> {
                short v = rs.getShort(i);
                return rs.wasNull() ? null : v;
            };
        }
        if (javaType == Double.class || javaType == double.class) {
            return PlainGetter.DOUBLE;
        }
        if (javaType == Float.class || javaType == float.class) {
            return (rs, i) -> {
                float v = rs.getFloat(i);
                return rs.wasNull() ? null : v;
            };
        }
        if (javaType == String.class || javaType.isEnum()) {
            return (rs, i) -> rs.getString(i);
        }
        if (javaType == BigDecimal.class) {
            return Operations::decimalFromText;
        }
        return (rs, i) -> rs.getObject(i);
    }
}
