package dev.reinhardt.db.models;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.testapp.models.Everything;
import dev.reinhardt.db.testapp.models.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class FieldRoundTripTest {

    @Parameter
    String vendor;

    @BeforeEach
    void setUp() {
        TestDatabases.use(vendor);
    }

    private static Everything full() {
        Everything e = new Everything();
        e.text = "héllo 'quoted'";
        e.body = "long text";
        e.integer = -42;
        e.big = 9_000_000_000L;
        e.small = (short) 7;
        e.positive = 5;
        e.flag = true;
        e.amount = new BigDecimal("12345678.1234");
        e.ratio = 0.25;
        e.day = LocalDate.of(2024, 2, 29);
        e.moment = Instant.parse("2026-11-21T06:47:58.218123Z");
        e.offsetMoment = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 6000, ZoneOffset.ofHours(5));
        e.localMoment = LocalDateTime.of(2025, 12, 31, 23, 59, 59, 999_999_000);
        e.time = LocalTime.of(13, 14, 15, 123_456_000);
        e.duration = Duration.ofDays(1).plusHours(2).plusNanos(3000);
        e.uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        e.email = "a@example.com";
        e.slug = "a-slug";
        e.url = "https://example.com/x";
        e.data = Map.of("a", 1, "b", List.of("x", "y"));
        e.blob = new byte[]{0, 1, 2, (byte) 255};
        e.state = Status.PUBLISHED;
        return e;
    }

    @Test
    void everyFieldTypeSurvivesARoundTrip() {
        Everything saved = full();
        saved.save();
        Everything loaded = Everything.objects.get("pk", saved.pk());
        assertThat(loaded.text).isEqualTo(saved.text);
        assertThat(loaded.body).isEqualTo(saved.body);
        assertThat(loaded.integer).isEqualTo(-42);
        assertThat(loaded.big).isEqualTo(9_000_000_000L);
        assertThat(loaded.small).isEqualTo((short) 7);
        assertThat(loaded.positive).isEqualTo(5);
        assertThat(loaded.flag).isTrue();
        assertThat(loaded.amount).isEqualTo(new BigDecimal("12345678.1234"));
        assertThat(loaded.ratio).isEqualTo(0.25);
        assertThat(loaded.day).isEqualTo(saved.day);
        assertThat(loaded.moment).isEqualTo(saved.moment);
        assertThat(loaded.offsetMoment.toInstant()).isEqualTo(saved.offsetMoment.toInstant());
        assertThat(loaded.offsetMoment.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(loaded.localMoment).isEqualTo(saved.localMoment);
        assertThat(loaded.time).isEqualTo(saved.time);
        assertThat(loaded.duration).isEqualTo(saved.duration);
        assertThat(loaded.uuid).isEqualTo(saved.uuid);
        assertThat(loaded.email).isEqualTo(saved.email);
        assertThat(loaded.data).isEqualTo(Map.of("a", 1, "b", List.of("x", "y")));
        assertThat(loaded.blob).containsExactly(0, 1, 2, (byte) 255);
        assertThat(loaded.state).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void nullsSurviveARoundTrip() {
        Everything empty = new Everything();
        empty.save();
        Everything loaded = Everything.objects.get("pk", empty.pk());
        assertThat(loaded.text).isNull();
        assertThat(loaded.flag).isNull();
        assertThat(loaded.moment).isNull();
        assertThat(loaded.data).isNull();
        assertThat(loaded.state).isNull();
    }

    @Test
    void decimalsKeepTheirScale() {
        Everything e = new Everything();
        e.amount = new BigDecimal("10.5");
        e.save();
        assertThat(Everything.objects.get("pk", e.pk()).amount).isEqualTo(new BigDecimal("10.5000"));
    }

    @Test
    void decimalsReadTheSameOnceTheDriverPreparesTheStatement() {
        Everything e = new Everything();
        e.amount = new BigDecimal("-12345678.0500");
        e.save();
        // pgjdbc prepares a statement on the server from its fifth run, then reads numeric columns in binary.
        for (int run = 0; run < 8; run++) {
            assertThat(Everything.objects.get("pk", e.pk()).amount).isEqualTo(new BigDecimal("-12345678.0500"));
        }
    }

    @Test
    void temporalFiltersCompareInstantsAndDates() {
        full().save();
        assertThat(Everything.objects.filter("moment__gt", Instant.parse("2026-11-21T06:47:58.218122Z")).count())
                .isEqualTo(1);
        assertThat(Everything.objects.filter("moment__lt", Instant.parse("2026-11-21T06:47:58.218123Z")).count())
                .isZero();
        assertThat(Everything.objects.filter("day", LocalDate.of(2024, 2, 29)).count()).isEqualTo(1);
        // 06:47 UTC is 00:47 in Chicago, the default time zone.
        assertThat(Everything.objects.filter("moment__hour", 0).count()).isEqualTo(1);
        assertThat(Everything.objects.filter("duration__gt", Duration.ofDays(1)).count()).isEqualTo(1);
        assertThat(Everything.objects.filter("uuid", UUID.fromString("123e4567-e89b-12d3-a456-426614174000")).count())
                .isEqualTo(1);
        assertThat(Everything.objects.filter("state", Status.PUBLISHED).count()).isEqualTo(1);
        assertThat(Everything.objects.filter("flag", true).count()).isEqualTo(1);
    }
}
