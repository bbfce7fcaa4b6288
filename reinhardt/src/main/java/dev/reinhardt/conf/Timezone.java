package dev.reinhardt.conf;

import dev.reinhardt.exceptions.ImproperlyConfigured;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Time zone support (Django's {@code django.utils.timezone}): the
 * {@code useTz} and {@code timeZone} settings, and the current time zone.
 *
 * <p>The <em>default</em> time zone is the {@code timeZone} setting. The
 * <em>current</em> time zone is the one date transforms and local-time
 * conversions use: the default, unless a scope {@linkplain #override overrides}
 * it (Django's {@code timezone.activate}, which a middleware may call per
 * request). Without configured settings the defaults of {@link Settings}
 * apply ({@code useTz} on, {@code America/Chicago}). Thread-safe.
 */
public final class Timezone {

    private static final ScopedValue<ZoneId> ACTIVE = ScopedValue.newInstance();
    private static final Settings DEFAULTS = new Settings();

    /** The last zone name parsed and its zone, so hot paths do not parse the setting on every value. */
    private static volatile Parsed parsed = new Parsed("UTC", ZoneId.of("UTC"));

    private record Parsed(String name, ZoneId zone) {
    }

    private Timezone() {
    }

    private static Settings settings() {
        return Settings.isConfigured() ? Settings.current() : DEFAULTS;
    }

    /** Return whether date-times are aware ({@code useTz}): stored as instants and shown in the current zone. */
    public static boolean useTz() {
        return settings().useTz();
    }

    /**
     * Return the {@code timeZone} setting as a zone.
     *
     * @throws ImproperlyConfigured when the setting names no known zone
     */
    public static ZoneId defaultTimezone() {
        String name = settings().timeZone();
        Parsed last = parsed;
        if (last.name().equals(name)) {
            return last.zone();
        }
        ZoneId zone = zone(name);
        parsed = new Parsed(name, zone);
        return zone;
    }

    /** Return the zone in effect: the one a surrounding {@link #override} set, else the default. */
    public static ZoneId currentTimezone() {
        return ACTIVE.isBound() ? ACTIVE.get() : defaultTimezone();
    }

    /**
     * Return the zone date transforms and naive values of a DateTimeField use:
     * the current zone when {@code useTz} is on, else the default zone (naive
     * values are wall-clock times there).
     */
    public static ZoneId databaseLocalTimezone() {
        return useTz() ? currentTimezone() : defaultTimezone();
    }

    /** Run {@code body} with {@code zone} as the current time zone of this thread (Django's {@code timezone.override}). */
    public static <T, X extends Throwable> T override(ZoneId zone, ScopedValue.CallableOp<T, X> body) throws X {
        return ScopedValue.where(ACTIVE, zone).call(body);
    }

    /** Return the current instant. */
    public static Instant now() {
        return Instant.now();
    }

    /** Return {@code instant} as a wall-clock time in the current time zone (Django's {@code localtime}). */
    public static LocalDateTime localtime(Instant instant) {
        return LocalDateTime.ofInstant(instant, currentTimezone());
    }

    /** Return today's date in the current time zone (Django's {@code localdate}). */
    public static LocalDate localdate() {
        return LocalDate.now(currentTimezone());
    }

    /**
     * Return the zone called {@code name}, an IANA name such as {@code "Europe/Paris"} or an offset.
     *
     * @throws ImproperlyConfigured naming the bad value
     */
    public static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new ImproperlyConfigured("Unknown time zone '" + name + "'. Use an IANA name such as "
                    + "\"UTC\" or \"Europe/Paris\".", e);
        }
    }
}
