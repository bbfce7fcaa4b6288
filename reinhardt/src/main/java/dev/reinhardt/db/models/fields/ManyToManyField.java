package dev.reinhardt.db.models.fields;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declare a many-to-many relation, held by a {@code Related} manager. Rows
 * live in a join table: one the ORM creates ({@code <table>_<field>} with
 * {@code <model>_id} and {@code <target>_id} columns), or the model named by
 * {@link #through()}, which holds one foreign key to each side. A relation of
 * a model to itself is {@link #symmetrical()} unless it says otherwise.
 *
 * <pre>{@code
 * @ManyToManyField(relatedName = "entries")
 * public final Related<Author> authors = new Related<>();
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Kind("ManyToManyField")
public @interface ManyToManyField {

    /** The target as {@code "app_label.Model"}, {@code "Model"} or {@code "self"}; empty for the {@code Related}'s type argument. */
    String to() default "";

    /** The reverse accessor's name on the target; empty for {@code <model>_set}; ending in {@code +} hides it. */
    String relatedName() default "";

    /** The name lookups from the target use; empty for the related name or model name. */
    String relatedQueryName() default "";

    /** The join model; {@code Object.class} (the default) lets the ORM create the join table. */
    Class<?> through() default Object.class;

    /**
     * With {@link #through()}: the join model's foreign keys to this model and
     * to the target, in that order. Needed when the join model has more than
     * one key to either side; for a relation of a model to itself, without
     * them the first key to the model is the source and the second the target.
     */
    String[] throughFields() default {};

    /**
     * For a relation of a model to itself: whether it is mutual, as friendship
     * is (the default). {@code a.friends.add(b)} then relates {@code b} to
     * {@code a} too, {@code remove}, {@code clear} and {@code set} act on both
     * directions, and the target has no reverse accessor, so
     * {@link #relatedName()} has no effect. Set {@code false} for a one-way
     * relation ({@code following}), which gets a reverse accessor
     * ({@code followers}). Ignored for relations to other models.
     */
    boolean symmetrical() default true;

    /** The name of the join table the ORM creates; empty for {@code <table>_<field in snake_case>}. */
    String dbTable() default "";

    /** Conditions the related objects must meet, as {@code "field=value"}. */
    String[] limitChoicesTo() default {};

    /** Whether validation accepts no related objects. */
    boolean blank() default false;

    /** A human-readable name; empty for one made from the field name. */
    String verboseName() default "";

    /** Extra help text for forms. */
    String helpText() default "";
}
