package dev.reinhardt.db.models;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.conf.Timezone;
import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.testapp.models.Everything;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The useTz and timeZone settings: what Java sees, what the database holds, and where date transforms look. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class TimeZoneTest {

    /** 03:00 UTC on New Year's Day is still New Year's Eve in Chicago, the default time zone. */
    private static final Instant NEW_YEAR_UTC = Instant.parse("2026-01-01T03:00:00.250Z");

    @Parameter
    String vendor;

    DatabaseWrapper connection;

    @BeforeEach
    void setUp() {
        connection = TestDatabases.use(vendor);
    }

    private static Settings settings(boolean aware, String zone) {
        return new Settings() {
            {
                useTz = aware;
                timeZone = zone;
            }
        };
    }

    /** Return the stored column as UTC text, read without the ORM. */
    private String storedUtcText(String column, Object pk) {
        String sql = vendor.equals("sqlite")
                ? "SELECT " + column + " FROM testapp_everything WHERE id = ?"
                : "SELECT to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') FROM testapp_everything "
                        + "WHERE id = ?";
        return (String) connection.fetchAll(sql, pk).getFirst().getFirst();
    }

    private static Everything saved(Instant moment) {
        Everything e = new Everything();
        e.moment = moment;
        e.offsetMoment = moment.atOffset(ZoneOffset.ofHours(-3));
        e.save();
        return e;
    }

    @Test
    void awareValuesAreStoredAsUtcAndReadBackInUtc() {
        Everything e = saved(NEW_YEAR_UTC);
        assertThat(storedUtcText("moment", e.pk())).isEqualTo("2026-01-01 03:00:00.250000");
        assertThat(storedUtcText("offset_moment", e.pk())).isEqualTo("2026-01-01 03:00:00.250000");
        Everything loaded = Everything.objects.get("pk", e.pk());
        assertThat(loaded.moment).isEqualTo(NEW_YEAR_UTC);
        assertThat(loaded.offsetMoment).isEqualTo(NEW_YEAR_UTC.atOffset(ZoneOffset.UTC));
    }

    @Test
    void withUseTzOffNaiveValuesAreWallClockTimesInTheTimeZone() {
        Settings.callWith(settings(false, "Asia/Tokyo"), () -> {
            Everything e = new Everything();
            e.localMoment = LocalDateTime.of(2026, 1, 1, 9, 0);
            e.offsetMoment = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            e.save();
            assertThat(storedUtcText("local_moment", e.pk())).isEqualTo("2026-01-01 00:00:00.000000");
            Everything loaded = Everything.objects.get("pk", e.pk());
            assertThat(loaded.localMoment).isEqualTo(LocalDateTime.of(2026, 1, 1, 9, 0));
            assertThat(loaded.offsetMoment).isEqualTo(OffsetDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9)));
            assertThat(Everything.objects.filter("localMoment", LocalDateTime.of(2026, 1, 1, 9, 0)).count()).isEqualTo(1);
            assertThat(Everything.objects.filter("localMoment__hour", 9).count()).isEqualTo(1);
            assertThat(Everything.objects.filter("localMoment__date", LocalDate.of(2026, 1, 1)).count()).isEqualTo(1);
            return null;
        });
    }

    @Test
    void dateTransformsEvaluateInTheCurrentTimeZone() {
        saved(NEW_YEAR_UTC);
        assertThat(Timezone.currentTimezone()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(Everything.objects.filter("moment__year", 2025).count()).isEqualTo(1);
        assertThat(Everything.objects.filter("moment__month", 12).count()).isEqualTo(1);
        assertThat(Everything.objects.filter("moment__day", 31).count()).isEqualTo(1);
        assertThat(Everything.objects.filter("moment__hour", 21).count()).isEqualTo(1);
        assertThat(Everything.objects.filter("moment__week_day", 4).count()).isEqualTo(1);
        assertThat(Everything.objects.filter("moment__iso_week_day", 3).count()).isEqualTo(1);
        assertThat(Everything.objects.filter("moment__date", LocalDate.of(2025, 12, 31)).count()).isEqualTo(1);
        assertThat(Everything.objects.filter("moment__time", LocalTime.of(21, 0, 0, 250_000_000)).count()).isEqualTo(1);
        Timezone.override(ZoneOffset.UTC, () -> {
            assertThat(Everything.objects.filter("moment__year", 2026).count()).isEqualTo(1);
            assertThat(Everything.objects.filter("moment__hour", 3).count()).isEqualTo(1);
            assertThat(Everything.objects.filter("moment__date", LocalDate.of(2026, 1, 1)).count()).isEqualTo(1);
            return null;
        });
        Timezone.override(ZoneId.of("Asia/Kolkata"), () -> {
            assertThat(Everything.objects.filter("moment__hour", 8).count()).isEqualTo(1);
            assertThat(Everything.objects.filter("moment__minute", 30).count()).isEqualTo(1);
            return null;
        });
        Timezone.override(ZoneOffset.ofHours(5), () ->
                assertThat(Everything.objects.filter("moment__hour", 8).count()).isEqualTo(1));
    }

    @Test
    void withUseTzOffTransformsUseTheTimeZoneSetting() {
        saved(NEW_YEAR_UTC);
        Settings.callWith(settings(false, "Europe/Paris"), () -> Timezone.override(ZoneOffset.UTC, () -> {
            assertThat(Everything.objects.filter("moment__hour", 4).count()).isEqualTo(1);
            return null;
        }));
    }

    @Test
    void truncAndExtractGroupByPeriodsOfTheCurrentTimeZone() {
        saved(NEW_YEAR_UTC);
        saved(Instant.parse("2026-01-15T12:00:00Z"));
        List<Map<String, Object>> months = Everything.objects.annotate("month", new Trunc("moment", "month"))
                .values("month").annotate("n", new Count("id")).orderBy("month").list();
        assertThat(months).containsExactly(
                Map.of("month", Instant.parse("2025-12-01T06:00:00Z"), "n", 1L),
                Map.of("month", Instant.parse("2026-01-01T06:00:00Z"), "n", 1L));
        assertThat(Everything.objects.annotate("year", new Extract("moment", "year")).orderBy("year")
                .valuesListFlat("year", Integer.class).list()).containsExactly(2025, 2026);
        Timezone.override(ZoneOffset.UTC, () -> {
            assertThat(Everything.objects.annotate("start", new Trunc("moment", "day")).orderBy("start")
                    .valuesListFlat("start", Instant.class).list())
                    .containsExactly(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-15T00:00:00Z"));
            return null;
        });
    }

    @Test
    void truncOfADateGivesTheFirstDayOfThePeriod() {
        Everything e = new Everything();
        e.day = LocalDate.of(2026, 5, 14);
        e.save();
        assertThat(Everything.objects.annotate("q", new Trunc("day", "quarter")).valuesListFlat("q", LocalDate.class)
                .list()).containsExactly(LocalDate.of(2026, 4, 1));
        assertThat(Everything.objects.annotate("w", new Trunc("day", "week")).valuesListFlat("w", LocalDate.class)
                .list()).containsExactly(LocalDate.of(2026, 5, 11));
    }

    @Test
    void truncationKindsAndExtractedPartsComeFromKnownSets() {
        assertThatThrownBy(() -> new Trunc("moment", "month'); DROP TABLE testapp_everything; --"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown truncation kind 'month'); DROP TABLE testapp_everything; --'. Choices are: "
                        + "year, quarter, month, week, day, hour, minute, second.");
        assertThatThrownBy(() -> Everything.objects.annotate("h", new Trunc("day", "hour")))
                .isInstanceOf(dev.reinhardt.exceptions.FieldError.class)
                .hasMessageStartingWith("Cannot truncate DateField to 'hour'.");
        assertThatThrownBy(() -> Everything.objects.annotate("t", new Trunc("text", "day")))
                .isInstanceOf(dev.reinhardt.exceptions.FieldError.class);
        assertThatThrownBy(() -> Everything.objects.annotate("x", new Extract("moment", "epoch; --")))
                .isInstanceOf(dev.reinhardt.exceptions.FieldError.class)
                .hasMessageStartingWith("Cannot extract 'epoch; --' from DateTimeField. Choices are: day, hour,");
    }

    @Test
    void unknownTimeZoneNamesAreRejectedBeforeAnySql() {
        assertThatThrownBy(() -> Settings.callWith(settings(true, "UTC'); DROP TABLE testapp_everything; --"),
                () -> Everything.objects.filter("moment__year", 2026).count()))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageStartingWith("Unknown time zone 'UTC'); DROP TABLE testapp_everything; --'.");
        assertThat(Everything.objects.count()).isZero();
    }
}
