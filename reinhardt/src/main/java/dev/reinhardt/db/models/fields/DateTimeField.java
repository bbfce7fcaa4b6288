package dev.reinhardt.db.models.fields;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declare a model field holding a date and time: an {@code Instant} or {@code OffsetDateTime} (aware, in UTC
 * when {@code useTz} is on), or a {@code LocalDateTime} (naive: a wall-clock time in the {@code timeZone}
 * setting, as with {@code useTz} off). The database always holds the instant, in UTC.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Kind("DateTimeField")
public @interface DateTimeField {

    /** Set the value to now on every save. */
    boolean autoNow() default false;

    /** Set the value to now when the object is first saved. */
    boolean autoNowAdd() default false;

    /** Whether this field is the primary key. */
    boolean primaryKey() default false;

    /** Whether the column accepts NULL (Django's {@code null}). */
    boolean nullable() default false;

    /** Whether validation accepts an empty value. */
    boolean blank() default false;

    /** Whether values must be unique in the table. */
    boolean unique() default false;

    /** Whether the column gets an index. */
    boolean dbIndex() default false;

    /** The column name; empty for the field name in snake_case. */
    String dbColumn() default "";

    /** The database-side default as a literal (zero or one element); used when the value is null on insert. */
    String[] dbDefault() default {};

    /** Whether the field is shown in forms and changed by {@code fullClean}-driven editing. */
    boolean editable() default true;

    /** A human-readable name; empty for one made from the field name. */
    String verboseName() default "";

    /** Extra help text for forms. */
    String helpText() default "";

    /** The allowed values, when limited; an enum-typed field is limited to its constants anyway. */
    String[] choices() default {};

    /** Validators run by {@code fullClean}, each with a public no-argument constructor. */
    Class<? extends Validator>[] validators() default {};
}
