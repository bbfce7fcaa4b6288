package dev.reinhardt.db.models.fields;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;

/**
 * Declare a many-to-one relation, held by a {@code Ref}: the column stores
 * the key of the referenced row ({@code customer_id}) and the database gets a
 * foreign-key constraint.
 *
 * <pre>{@code
 * @ForeignKey(onDelete = CASCADE, relatedName = "orders")
 * public final Ref<Customer> customer = new Ref<>();
 * }</pre>
 *
 * <p>The target is the {@code Ref}'s type argument, or {@link #to()} when
 * given ({@code "auth.User"}, {@code "Customer"} in the same app, or
 * {@code "self"}); names are resolved once the app registry is ready.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Kind("ForeignKey")
public @interface ForeignKey {

    /** What deleting the referenced object does to this one. */
    OnDelete onDelete();

    /** The target as {@code "app_label.Model"}, {@code "Model"} or {@code "self"}; empty for the {@code Ref}'s type argument. */
    String to() default "";

    /** The reverse accessor's name on the target (Django's {@code related_name}); empty for {@code <model>_set}; ending in {@code +} hides it. */
    String relatedName() default "";

    /** The name lookups from the target use (Django's {@code related_query_name}); empty for the related name or model name. */
    String relatedQueryName() default "";

    /** The target field the key refers to; empty for its primary key. The field must be unique. */
    String toField() default "";

    /** Conditions the referenced object must meet, as {@code "field=value"} or {@code "field__lookup=value"}, checked by {@code fullClean}. */
    String[] limitChoicesTo() default {};

    /** The supplier of the value {@link OnDelete#SET} stores: a model instance or a key. */
    Class<? extends Supplier<?>> setTo() default NoSupplier.class;

    /** Whether the database gets a foreign-key constraint. */
    boolean dbConstraint() default true;

    /** Whether the column accepts NULL. */
    boolean nullable() default false;

    /** Whether validation accepts no value. */
    boolean blank() default false;

    /** Whether the column gets an index (unique columns have one anyway). */
    boolean dbIndex() default true;

    /** Whether the key is the primary key. */
    boolean primaryKey() default false;

    /** The column name; empty for the field name in snake_case plus {@code _id}. */
    String dbColumn() default "";

    /** The database-side default key, as a literal; also what {@link OnDelete#SET_DEFAULT} stores. */
    String[] dbDefault() default {};

    /** Whether the field is shown in forms. */
    boolean editable() default true;

    /** A human-readable name; empty for one made from the field name. */
    String verboseName() default "";

    /** Extra help text for forms. */
    String helpText() default "";

    /** The default of {@link #setTo()}: no supplier. */
    final class NoSupplier implements Supplier<Object> {
        private NoSupplier() {
        }

        @Override
        public Object get() {
            return null;
        }
    }
}
