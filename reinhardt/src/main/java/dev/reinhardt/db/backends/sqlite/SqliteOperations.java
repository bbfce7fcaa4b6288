package dev.reinhardt.db.backends.sqlite;

import dev.reinhardt.db.backends.base.Operations;
import dev.reinhardt.db.backends.base.ValueType;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** SQLite's fragments and conversions: text date-times in UTC, UUIDs as hex, durations as microseconds. */
final class SqliteOperations extends Operations {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
    private static final Map<String, String> STRFTIME = Map.ofEntries(Map.entry("year", "%Y"),
            Map.entry("month", "%m"), Map.entry("day", "%d"), Map.entry("hour", "%H"), Map.entry("minute", "%M"),
            Map.entry("second", "%S"), Map.entry("week", "%V"), Map.entry("iso_year", "%G"),
            Map.entry("iso_week_day", "%u"));

    @Override
    public String lookupOperator(String lookup) {
        return switch (lookup) {
            // LIKE ignores case in SQLite; GLOB is the case-sensitive match.
            case "contains", "startswith", "endswith" -> "GLOB %s";
            default -> super.lookupOperator(lookup);
        };
    }

    @Override
    public String patternValue(String lookup, String value) {
        String glob = value.replace("[", "[[]").replace("*", "[*]").replace("?", "[?]");
        return switch (lookup) {
            case "contains" -> "*" + glob + "*";
            case "startswith" -> glob + "*";
            case "endswith" -> "*" + glob;
            default -> super.patternValue(lookup, value);
        };
    }

    @Override
    public String regexLookup(String lhs, String rhs, boolean caseInsensitive) {
        return lhs + " REGEXP " + (caseInsensitive ? "('(?i)' || " + rhs + ")" : rhs);
    }

    @Override
    public String dateExtractSql(String part, String sql, String internalType) {
        return switch (part) {
            case "week_day" -> "(CAST(strftime('%w', " + sql + ") AS INTEGER) + 1)";
            case "quarter" -> "((CAST(strftime('%m', " + sql + ") AS INTEGER) + 2) / 3)";
            default -> "CAST(strftime('" + STRFTIME.get(part) + "', " + sql + ") AS INTEGER)";
        };
    }

    @Override
    public String datetimeExtractSql(String part, String sql, ZoneId zone) {
        if (!DATE_PARTS.contains(part)) {
            throw new IllegalArgumentException("Unknown date part '" + part + "'.");
        }
        return SqliteDateFunctions.EXTRACT + "('" + part + "', " + sql + ", " + zoneLiteral(zone) + ")";
    }

    @Override
    public String datetimeTruncSql(String kind, String sql, ZoneId zone) {
        return SqliteDateFunctions.DATETIME_TRUNC + "(" + truncKind(kind) + ", " + sql + ", " + zoneLiteral(zone) + ")";
    }

    @Override
    public String dateTruncSql(String kind, String sql) {
        return SqliteDateFunctions.DATE_TRUNC + "(" + truncKind(kind) + ", " + sql + ")";
    }

    @Override
    public String datetimeCastDateSql(String sql, ZoneId zone) {
        return SqliteDateFunctions.CAST_DATE + "(" + sql + ", " + zoneLiteral(zone) + ")";
    }

    @Override
    public String datetimeCastTimeSql(String sql, ZoneId zone) {
        return SqliteDateFunctions.CAST_TIME + "(" + sql + ", " + zoneLiteral(zone) + ")";
    }

    @Override
    public String datetimeCastDateSql(String sql) {
        return "date(" + sql + ")";
    }

    @Override
    public String jsonKeySql(String sql, List<String> path, boolean asText) {
        return "JSON_EXTRACT(" + sql + ", " + pathLiteral(path) + ")";
    }

    @Override
    public String jsonKeyExistsSql(String sql, List<String> path) {
        return "JSON_TYPE(" + sql + ", " + pathLiteral(path) + ") IS NOT NULL";
    }

    @Override
    public String jsonKeyIsJsonNullSql(String sql, List<String> path) {
        return "JSON_TYPE(" + sql + ", " + pathLiteral(path) + ") = 'null'";
    }

    @Override
    public String jsonValuePlaceholder() {
        return "JSON_EXTRACT(?, '$')";
    }

    private static String pathLiteral(List<String> path) {
        return "'$." + String.join(".", jsonPath(path).stream().map(key -> "\"" + key + "\"").toList()) + "'";
    }

    @Override
    public String explainPrefix(String format, Map<String, Boolean> options) {
        return "EXPLAIN QUERY PLAN";
    }

    @Override
    public boolean isIntegrityError(SQLException error) {
        String message = error.getMessage();
        return (error.getErrorCode() & 0xff) == 19 || message != null && message.contains("SQLITE_CONSTRAINT");
    }

    @Override
    public Object adapt(ValueType type, Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> DATETIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            case LocalDate date -> date.toString();
            case LocalTime time -> TIME.format(time);
            case Duration duration -> duration.toNanos() / 1000;
            case UUID uuid -> uuid.toString().replace("-", "");
            case BigDecimal decimal -> decimal.toPlainString();
            case Boolean bool -> bool ? 1 : 0;
            default -> value;
        };
    }

    @Override
    protected Object readDateTime(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : SqliteDateFunctions.parseUtc(text).toInstant();
    }

    @Override
    protected Object readDate(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    @Override
    protected Object readTime(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : LocalTime.parse(text);
    }

    @Override
    protected Object readDuration(ResultSet rs, int index) throws SQLException {
        long micros = rs.getLong(index);
        return rs.wasNull() ? null : Duration.of(micros, ChronoUnit.MICROS);
    }

    @Override
    protected Object readUuid(ResultSet rs, int index) throws SQLException {
        String hex = rs.getString(index);
        if (hex == null) {
            return null;
        }
        byte[] bytes = HexFormat.of().parseHex(hex.replace("-", ""));
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xff);
            low = (low << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(high, low);
    }
}
