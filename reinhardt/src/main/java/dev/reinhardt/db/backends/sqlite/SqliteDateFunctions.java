package dev.reinhardt.db.backends.sqlite;

import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL functions that read SQLite's date-time text (ISO-8601, in UTC) with
 * {@code java.time} and answer in a named time zone, which SQLite's own date
 * functions cannot do (they know only UTC and the process's local zone).
 * Registered on every connection; stateless apart from a cache of zones.
 */
final class SqliteDateFunctions {

    /** {@code reinhardt_datetime_extract(part, value, zone)}: the part as an integer. */
    static final String EXTRACT = "reinhardt_datetime_extract";
    /** {@code reinhardt_datetime_cast_date(value, zone)}: the date as {@code yyyy-MM-dd}. */
    static final String CAST_DATE = "reinhardt_datetime_cast_date";
    /** {@code reinhardt_datetime_cast_time(value, zone)}: the time of day as {@code HH:mm:ss.SSSSSS}. */
    static final String CAST_TIME = "reinhardt_datetime_cast_time";

    /** {@code reinhardt_datetime_trunc(kind, value, zone)}: the start of the period in {@code zone}, as UTC text. */
    static final String DATETIME_TRUNC = "reinhardt_datetime_trunc";
    /** {@code reinhardt_date_trunc(kind, value)}: the first day of the period, as {@code yyyy-MM-dd}. */
    static final String DATE_TRUNC = "reinhardt_date_trunc";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    private SqliteDateFunctions() {
    }

    static void register(SQLiteConnection connection) throws SQLException {
        createZoned(connection, EXTRACT, true, SqliteDateFunctions::part);
        createZoned(connection, CAST_DATE, false, (none, value) -> value.toLocalDate().toString());
        createZoned(connection, CAST_TIME, false, (none, value) -> TIME.format(value.toLocalTime()));
        createZoned(connection, DATETIME_TRUNC, true, (kind, value) -> {
            LocalDateTime start = truncate(kind, value.toLocalDateTime());
            return DATETIME.format(LocalDateTime.ofInstant(start.atZone(value.getZone()).toInstant(), ZoneOffset.UTC));
        });
        Function.create(connection, DATE_TRUNC, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(1);
                if (text == null) {
                    result();
                } else {
                    LocalDate day = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
                    result(truncate(value_text(0), day.atStartOfDay()).toLocalDate().toString());
                }
            }
        });
    }

    /** What a function answers for a stored date-time seen in the zone it was given. */
    @FunctionalInterface
    private interface ZonedBody {
        /** Return an {@code Integer} or text for {@code value}; {@code option} is the part or kind argument, if any. */
        Object apply(String option, ZonedDateTime value) throws SQLException;
    }

    /**
     * Create the function {@code name} taking {@code ([option,] value, zone)}:
     * NULL for a NULL value, else what {@code body} answers.
     */
    private static void createZoned(SQLiteConnection connection, String name, boolean hasOption, ZonedBody body)
            throws SQLException {
        int valueIndex = hasOption ? 1 : 0;
        Function.create(connection, name, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                ZonedDateTime value = local(value_text(valueIndex), value_text(valueIndex + 1));
                Object answer = value == null ? null : body.apply(hasOption ? value_text(0) : null, value);
                switch (answer) {
                    case null -> result();
                    case Integer number -> result(number);
                    default -> result(answer.toString());
                }
            }
        });
    }

    /** Return the start of the {@code kind} period holding {@code value}; weeks start on Monday. */
    private static LocalDateTime truncate(String kind, LocalDateTime value) throws SQLException {
        LocalDate day = value.toLocalDate();
        return switch (kind) {
            case "year" -> day.withDayOfYear(1).atStartOfDay();
            case "quarter" -> day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1).atStartOfDay();
            case "month" -> day.withDayOfMonth(1).atStartOfDay();
            case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
            case "day" -> day.atStartOfDay();
            case "hour" -> value.truncatedTo(ChronoUnit.HOURS);
            case "minute" -> value.truncatedTo(ChronoUnit.MINUTES);
            case "second" -> value.truncatedTo(ChronoUnit.SECONDS);
            default -> throw new SQLException("Unknown truncation kind '" + kind + "'.");
        };
    }

    /** Return the stored UTC text as a date-time in {@code zone}, or null for NULL. */
    static ZonedDateTime local(String text, String zone) throws SQLException {
        if (text == null) {
            return null;
        }
        ZoneId target = ZONES.computeIfAbsent(zone == null ? "UTC" : zone, ZoneId::of);
        return parseUtc(text).atZoneSameInstant(target);
    }

    /** Parse stored date-time text: naive text is UTC; text with an offset keeps it. */
    static OffsetDateTime parseUtc(String text) {
        String iso = text.replace(' ', 'T');
        boolean hasOffset = iso.endsWith("Z") || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10;
        return hasOffset ? OffsetDateTime.parse(iso) : LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
    }

    private static int part(String part, ZonedDateTime value) throws SQLException {
        return switch (part) {
            case "year" -> value.getYear();
            case "iso_year" -> value.get(IsoFields.WEEK_BASED_YEAR);
            case "quarter" -> value.get(IsoFields.QUARTER_OF_YEAR);
            case "month" -> value.getMonthValue();
            case "week" -> value.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case "day" -> value.getDayOfMonth();
            case "week_day" -> value.getDayOfWeek().getValue() % 7 + 1;
            case "iso_week_day" -> value.getDayOfWeek().getValue();
            case "hour" -> value.getHour();
            case "minute" -> value.getMinute();
            case "second" -> value.get(ChronoField.SECOND_OF_MINUTE);
            default -> throw new SQLException("Unknown date part '" + part + "'.");
        };
    }
}
