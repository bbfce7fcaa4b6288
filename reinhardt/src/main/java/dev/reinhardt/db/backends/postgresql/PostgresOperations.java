package dev.reinhardt.db.backends.postgresql;

import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.ValueType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** PostgreSQL's fragments and conversions. */
final class PostgresOperations extends Operations {

    private static final Set<String> TEXT_TYPES = Set.of("CharField", "TextField", "SlugField");
    private static final Map<String, String> EXTRACT = Map.ofEntries(Map.entry("year", "YEAR"),
            Map.entry("month", "MONTH"), Map.entry("day", "DAY"), Map.entry("hour", "HOUR"),
            Map.entry("minute", "MINUTE"), Map.entry("second", "SECOND"), Map.entry("week", "WEEK"),
            Map.entry("iso_year", "ISOYEAR"), Map.entry("quarter", "QUARTER"), Map.entry("week_day", "DOW"),
            Map.entry("iso_week_day", "ISODOW"));

    @Override
    public String quoteValue(Object value) {
        return value instanceof Boolean b ? (b ? "true" : "false") : super.quoteValue(value);
    }

    @Override
    public String limitOffsetSql(Long limit, long offset) {
        String sql = limit == null ? "" : "LIMIT " + limit;
        return offset > 0 ? (sql.isEmpty() ? "" : sql + " ") + "OFFSET " + offset : sql;
    }

    @Override
    public String lookupOperator(String lookup) {
        return switch (lookup) {
            case "iexact" -> "= UPPER(%s)";
            default -> super.lookupOperator(lookup);
        };
    }

    @Override
    public String patternValue(String lookup, String value) {
        return lookup.equals("iexact") ? value : super.patternValue(lookup, value);
    }

    @Override
    public String lookupLhs(String lookup, String internalType, String sql) {
        String text = isPattern(lookup) && !TEXT_TYPES.contains(internalType) ? sql + "::text" : sql;
        return super.lookupLhs(lookup, internalType, text);
    }

    private static boolean isPattern(String lookup) {
        return lookup.endsWith("contains") || lookup.endsWith("startswith") || lookup.endsWith("endswith")
                || lookup.equals("iexact");
    }

    @Override
    public String regexLookup(String lhs, String rhs, boolean caseInsensitive) {
        return lhs + "::text " + (caseInsensitive ? "~* " : "~ ") + rhs;
    }

    @Override
    public String dateExtractSql(String part, String sql, String internalType) {
        return extract(part, internalType.equals("DateTimeField") ? sql + " AT TIME ZONE 'UTC'" : sql);
    }

    @Override
    public String datetimeExtractSql(String part, String sql, ZoneId zone) {
        return extract(part, sql + atTimeZone(zone));
    }

    @Override
    public String datetimeTruncSql(String kind, String sql, ZoneId zone) {
        String tz = atTimeZone(zone);
        return "(DATE_TRUNC(" + truncKind(kind) + ", " + sql + tz + ")" + tz + ")";
    }

    @Override
    public String dateTruncSql(String kind, String sql) {
        return "(DATE_TRUNC(" + truncKind(kind) + ", " + sql + ")::date)";
    }

    @Override
    public String datetimeCastDateSql(String sql, ZoneId zone) {
        return "(" + sql + atTimeZone(zone) + ")::date";
    }

    @Override
    public String datetimeCastTimeSql(String sql, ZoneId zone) {
        return "(" + sql + atTimeZone(zone) + ")::time";
    }

    /**
     * Return {@code AT TIME ZONE} for {@code zone}. A fixed offset becomes an interval, because
     * PostgreSQL reads a text offset such as {@code '+05:00'} the POSIX way, west of Greenwich.
     */
    private String atTimeZone(ZoneId zone) {
        ZoneId normalized = zone.normalized();
        if (normalized instanceof ZoneOffset offset && offset.getTotalSeconds() != 0) {
            return " AT TIME ZONE INTERVAL '" + offset.getId() + "'";
        }
        return " AT TIME ZONE " + zoneLiteral(zone);
    }

    private static String extract(String part, String source) {
        String extract = "EXTRACT(" + EXTRACT.get(part) + " FROM " + source + ")";
        if (part.equals("second")) {
            // EXTRACT(SECOND) carries the fraction; whole seconds, as SQLite's strftime gives, need FLOOR, not a rounding cast.
            extract = "FLOOR(" + extract + ")";
        }
        return part.equals("week_day") ? "(CAST(" + extract + " AS integer) + 1)" : "CAST(" + extract + " AS integer)";
    }

    @Override
    public String datetimeCastDateSql(String sql) {
        return "(" + sql + " AT TIME ZONE 'UTC')::date";
    }

    /** Administrator shutdown, crash shutdown, cannot connect now: the backend process is gone. */
    @Override
    public boolean isDeadSession(SQLException error) {
        String state = error.getSQLState();
        return state != null && (state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    @Override
    public String jsonKeySql(String sql, List<String> path, boolean asText) {
        return "(" + sql + (asText ? " #>> " : " #> ") + pathLiteral(path) + ")";
    }

    @Override
    public String jsonKeyExistsSql(String sql, List<String> path) {
        return jsonKeySql(sql, path, false) + " IS NOT NULL";
    }

    @Override
    public String jsonKeyIsJsonNullSql(String sql, List<String> path) {
        return jsonKeySql(sql, path, false) + " = 'null'::jsonb";
    }

    @Override
    public String jsonValuePlaceholder() {
        return "?::jsonb";
    }

    private static String pathLiteral(List<String> path) {
        return "'{" + String.join(",", jsonPath(path)) + "}'";
    }

    @Override
    public String explainPrefix(String format, Map<String, Boolean> options) {
        List<String> parts = new ArrayList<>();
        options.forEach((name, on) -> parts.add(name.toUpperCase(java.util.Locale.ROOT) + (on ? " true" : " false")));
        if (format != null) {
            parts.add("FORMAT " + format.toUpperCase(java.util.Locale.ROOT));
        }
        return parts.isEmpty() ? "EXPLAIN" : "EXPLAIN (" + String.join(", ", parts) + ")";
    }

    @Override
    public String placeholder(ValueType type) {
        return switch (type.internalType()) {
            case "JSONField" -> "?::jsonb";
            case "DurationField" -> "(?::bigint * INTERVAL '1 microsecond')";
            default -> "?";
        };
    }

    @Override
    public Object adapt(ValueType type, Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
            case Duration duration -> duration.toNanos() / 1000;
            default -> value;
        };
    }

    @Override
    protected Object readDateTime(ResultSet rs, int index) throws SQLException {
        OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Read numeric columns as decimals: once a statement is server-prepared pgjdbc gets them in binary, not as text. */
    @Override
    protected Object readDecimal(ResultSet rs, int index) throws SQLException {
        return rs.getBigDecimal(index);
    }

    @Override
    protected Object readDate(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, LocalDate.class);
    }

    @Override
    protected Object readTime(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, LocalTime.class);
    }

    @Override
    protected Object readDuration(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : Duration.parse(text);
    }

    @Override
    protected Object readUuid(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, UUID.class);
    }
}
