package dev.reinhardt.db.testapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.BigIntegerField;
import dev.reinhardt.db.models.fields.BinaryField;
import dev.reinhardt.db.models.fields.BooleanField;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.DateField;
import dev.reinhardt.db.models.fields.DateTimeField;
import dev.reinhardt.db.models.fields.DecimalField;
import dev.reinhardt.db.models.fields.DurationField;
import dev.reinhardt.db.models.fields.EmailField;
import dev.reinhardt.db.models.fields.FloatField;
import dev.reinhardt.db.models.fields.IntegerField;
import dev.reinhardt.db.models.fields.JSONField;
import dev.reinhardt.db.models.fields.PositiveIntegerField;
import dev.reinhardt.db.models.fields.SlugField;
import dev.reinhardt.db.models.fields.SmallIntegerField;
import dev.reinhardt.db.models.fields.TextField;
import dev.reinhardt.db.models.fields.TimeField;
import dev.reinhardt.db.models.fields.URLField;
import dev.reinhardt.db.models.fields.UUIDField;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One field of every kind, all nullable, for conversion tests. */
public class Everything extends Model {

    public static final Manager<Everything> objects = Manager.of(Everything.class);

    @CharField(maxLength = 30, nullable = true) public String text;
    @TextField(nullable = true) public String body;
    @IntegerField(nullable = true) public Integer integer;
    @BigIntegerField(nullable = true) public Long big;
    @SmallIntegerField(nullable = true) public Short small;
    @PositiveIntegerField(nullable = true) public Integer positive;
    @BooleanField(nullable = true) public Boolean flag;
    @DecimalField(maxDigits = 12, decimalPlaces = 4, nullable = true) public BigDecimal amount;
    @FloatField(nullable = true) public Double ratio;
    @DateField(nullable = true) public LocalDate day;
    @DateTimeField(nullable = true) public Instant moment;
    @DateTimeField(nullable = true) public OffsetDateTime offsetMoment;
    @DateTimeField(nullable = true) public LocalDateTime localMoment;
    @TimeField(nullable = true) public LocalTime time;
    @DurationField(nullable = true) public Duration duration;
    @UUIDField(nullable = true) public UUID uuid;
    @EmailField(nullable = true) public String email;
    @SlugField(nullable = true) public String slug;
    @URLField(nullable = true) public String url;
    @JSONField(nullable = true) public Map<String, Object> data;
    @BinaryField(nullable = true) public byte[] blob;
    @CharField(maxLength = 10, nullable = true) public Status state;
}
