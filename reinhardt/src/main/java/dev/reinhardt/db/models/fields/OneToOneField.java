package dev.reinhardt.db.models.fields;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;

/**
 * Declare a one-to-one relation, held by a {@code Ref}: a unique foreign key.
 * The target sees the reverse side through a {@code RelatedOne} holder, whose
 * {@code get()} raises the model's {@code DoesNotExist} when no row refers to it.
 *
 * <pre>{@code
 * @OneToOneField(onDelete = CASCADE, relatedName = "profile")
 * public final Ref<Customer> customer = new Ref<>();
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Kind("OneToOneField")
public @interface OneToOneField {

    /** What deleting the referenced object does to this one. */
    OnDelete onDelete();

    /** The target as {@code "app_label.Model"}, {@code "Model"} or {@code "self"}; empty for the {@code Ref}'s type argument. */
    String to() default "";

    /** The reverse accessor's name on the target; empty for the model name in lower case; ending in {@code +} hides it. */
    String relatedName() default "";

    /** The name lookups from the target use; empty for the related name or model name. */
    String relatedQueryName() default "";

    /** The target field the key refers to; empty for its primary key. */
    String toField() default "";

    /** Conditions the referenced object must meet, as {@code "field=value"}, checked by {@code fullClean}. */
    String[] limitChoicesTo() default {};

    /** The supplier of the value {@link OnDelete#SET} stores: a model instance or a key. */
    Class<? extends Supplier<?>> setTo() default ForeignKey.NoSupplier.class;

    /** Whether this field links a multi-table child to its parent (set by the ORM for the implicit link). */
    boolean parentLink() default false;

    /** Whether the database gets a foreign-key constraint. */
    boolean dbConstraint() default true;

    /** Whether the column accepts NULL. */
    boolean nullable() default false;

    /** Whether validation accepts no value. */
    boolean blank() default false;

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
}
