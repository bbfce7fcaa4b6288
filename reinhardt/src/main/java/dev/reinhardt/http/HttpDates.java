package dev.reinhardt.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Format and parse HTTP dates (Django's {@code http_date} and {@code parse_http_date}). */
public final class HttpDates {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    /** Format {@code instant} as an IMF-fixdate: {@code "Wed, 02 Jan 2030 03:04:05 GMT"}. */
    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /** Parse an HTTP date, or return null when {@code value} is null or not a date. */
    public static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
