package dev.reinhardt.db.models.fields;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reinhardt.conf.Timezone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The registry of field kinds by name, holding the built-in ones. Thread-safe. */
public final class FieldKinds {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern SLUG = Pattern.compile("^[-a-zA-Z0-9_]+$");
    private static final Pattern URL = Pattern.compile("^(https?|ftps?)://[^\\s/$.?#][^\\s]*$", Pattern.CASE_INSENSITIVE);
    private static final List<Class<?>> TEXT = List.of(String.class, Enum.class);
    private static final Map<String, FieldKind> KINDS = new ConcurrentHashMap<>();

    static {
        register("CharField", new TextKind("CharField", null, null));
        register("TextField", new TextKind("TextField", null, null));
        register("EmailField", new TextKind("CharField", EMAIL, "Enter a valid email address."));
        register("SlugField", new TextKind("SlugField", SLUG,
                "Enter a valid “slug” consisting of letters, numbers, underscores or hyphens."));
        register("URLField", new TextKind("CharField", URL, "Enter a valid URL."));
        register("AutoField", new IntegerKind("AutoField", Integer.MIN_VALUE, Integer.MAX_VALUE, true));
        register("BigAutoField", new IntegerKind("BigAutoField", Long.MIN_VALUE, Long.MAX_VALUE, true));
        register("IntegerField", new IntegerKind("IntegerField", Integer.MIN_VALUE, Integer.MAX_VALUE, false));
        register("BigIntegerField", new IntegerKind("BigIntegerField", Long.MIN_VALUE, Long.MAX_VALUE, false));
        register("SmallIntegerField", new IntegerKind("SmallIntegerField", Short.MIN_VALUE, Short.MAX_VALUE, false));
        register("PositiveIntegerField", new IntegerKind("PositiveIntegerField", 0, Integer.MAX_VALUE, false));
        register("BooleanField", simple("BooleanField", Boolean.class, boolean.class));
        register("FloatField", simple("FloatField", Double.class, double.class, Float.class, float.class));
        register("DecimalField", new DecimalKind());
        register("DateField", simple("DateField", LocalDate.class));
        register("TimeField", simple("TimeField", LocalTime.class));
        register("DateTimeField", new DateTimeKind());
        register("DurationField", simple("DurationField", Duration.class));
        register("UUIDField", simple("UUIDField", UUID.class));
        register("BinaryField", simple("BinaryField", byte[].class));
        register("JSONField", new JsonKind());
    }

    private FieldKinds() {
    }

    /** Register {@code kind} under {@code name}, the value of a field annotation's {@link Kind}. */
    public static void register(String name, FieldKind kind) {
        KINDS.put(name, kind);
    }

    /**
     * Return the kind registered as {@code name}.
     *
     * @throws IllegalArgumentException naming the registered kinds when there is none
     */
    public static FieldKind get(String name) {
        FieldKind kind = KINDS.get(name);
        if (kind == null) {
            throw new IllegalArgumentException("No field kind '" + name + "' is registered. Registered kinds: "
                    + String.join(", ", KINDS.keySet().stream().sorted().toList()) + ".");
        }
        return kind;
    }

    private static FieldKind simple(String internalType, Class<?>... javaTypes) {
        List<Class<?>> types = List.of(javaTypes);
        return new FieldKind() {
            @Override
            public String internalType() {
                return internalType;
            }

            @Override
            public List<Class<?>> javaTypes() {
                return types;
            }

            @Override
            public boolean readsAsIs() {
                return true;
            }
        };
    }

    private record TextKind(String internalType, Pattern pattern, String message) implements FieldKind {

        @Override
        public List<Class<?>> javaTypes() {
            return TEXT;
        }

        @Override
        public Object toCanonical(Field field, Object value) {
            return value instanceof Enum<?> constant ? constant.name() : value;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object fromCanonical(Field field, Object value) {
            return field.javaType().isEnum() ? Enum.valueOf((Class) field.javaType(), (String) value) : value;
        }

        @Override
        public boolean readsAsIs(Field field) {
            return !field.javaType().isEnum();
        }

        @Override
        public void validate(Field field, Object value, List<String> errors) {
            String text = (String) toCanonical(field, value);
            if (field.maxLength() != null && text.length() > field.maxLength()) {
                errors.add("Ensure this value has at most " + field.maxLength() + " characters (it has "
                        + text.length() + ").");
            }
            if (pattern != null && !text.isEmpty() && !pattern.matcher(text).matches()) {
                errors.add(message);
            }
        }
    }

    private record IntegerKind(String internalType, long min, long max, boolean isAuto) implements FieldKind {

        @Override
        public List<Class<?>> javaTypes() {
            return List.of(Long.class, long.class, Integer.class, int.class, Short.class, short.class);
        }

        @Override
        public boolean readsAsIs() {
            return true;
        }

        @Override
        public void validate(Field field, Object value, List<String> errors) {
            long number = ((Number) value).longValue();
            if (number < min) {
                errors.add("Ensure this value is greater than or equal to " + min + ".");
            } else if (number > max) {
                errors.add("Ensure this value is less than or equal to " + max + ".");
            }
        }
    }

    private static final class DecimalKind implements FieldKind {

        @Override
        public String internalType() {
            return "DecimalField";
        }

        @Override
        public List<Class<?>> javaTypes() {
            return List.of(BigDecimal.class);
        }

        @Override
        public Object toCanonical(Field field, Object value) {
            BigDecimal decimal = value instanceof BigDecimal exact ? exact : new BigDecimal(value.toString());
            return decimal.setScale(field.decimalPlaces(), RoundingMode.HALF_EVEN);
        }

        @Override
        public Object fromCanonical(Field field, Object value) {
            return ((BigDecimal) value).setScale(field.decimalPlaces(), RoundingMode.HALF_EVEN);
        }

        @Override
        public void validate(Field field, Object value, List<String> errors) {
            BigDecimal decimal = new BigDecimal(value.toString()).stripTrailingZeros();
            int places = Math.max(decimal.scale(), 0);
            int digits = Math.max(decimal.precision() - decimal.scale(), 0) + places;
            int wholeDigits = digits - places;
            if (digits > field.maxDigits()) {
                errors.add("Ensure that there are no more than " + field.maxDigits() + " digits in total.");
            } else if (places > field.decimalPlaces()) {
                errors.add("Ensure that there are no more than " + field.decimalPlaces() + " decimal places.");
            } else if (wholeDigits > field.maxDigits() - field.decimalPlaces()) {
                errors.add("Ensure that there are no more than " + (field.maxDigits() - field.decimalPlaces())
                        + " digits before the decimal point.");
            }
        }
    }

    private static final class DateTimeKind implements FieldKind {

        @Override
        public String internalType() {
            return "DateTimeField";
        }

        @Override
        public List<Class<?>> javaTypes() {
            return List.of(Instant.class, OffsetDateTime.class, LocalDateTime.class);
        }

        /**
         * Return the instant: aware values as they are; a naive {@code LocalDateTime} is a wall-clock
         * time in the default time zone (with {@code useTz} off that is its meaning; with it on, Django
         * reads it the same way and warns).
         */
        @Override
        public Object toCanonical(Field field, Object value) {
            return switch (value) {
                case OffsetDateTime offset -> offset.toInstant();
                case ZonedDateTime zoned -> zoned.toInstant();
                case LocalDateTime local -> local.atZone(Timezone.defaultTimezone()).toInstant();
                default -> value;
            };
        }

        /** Return the instant as the field's type: naive values in the default zone, aware ones in UTC when {@code useTz} is on. */
        @Override
        public Object fromCanonical(Field field, Object value) {
            Instant instant = (Instant) value;
            if (field.javaType() == OffsetDateTime.class) {
                return Timezone.useTz() ? instant.atOffset(ZoneOffset.UTC)
                        : instant.atZone(Timezone.defaultTimezone()).toOffsetDateTime();
            }
            return field.javaType() == LocalDateTime.class
                    ? LocalDateTime.ofInstant(instant, Timezone.defaultTimezone()) : instant;
        }
    }

    private static final class JsonKind implements FieldKind {

        @Override
        public String internalType() {
            return "JSONField";
        }

        @Override
        public List<Class<?>> javaTypes() {
            return List.of(Object.class);
        }

        @Override
        public Object toCanonical(Field field, Object value) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Value of " + field + " cannot be written as JSON: "
                        + e.getOriginalMessage(), e);
            }
        }

        @Override
        public Object fromCanonical(Field field, Object value) {
            try {
                return JSON.readValue((String) value, JSON.getTypeFactory().constructType(field.genericType()));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Column of " + field + " holds JSON that does not read as "
                        + field.genericType().getTypeName() + ": " + e.getOriginalMessage(), e);
            }
        }
    }
}
