package dev.reinhardt.db.models;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A model's options (Django's {@code class Meta}). Inherited from abstract
 * base models unless the model declares its own; a multi-table child or a
 * proxy takes only its own, plus its parent's ordering and {@code getLatestBy}
 * when it declares none.
 *
 * <pre>{@code
 * @Meta(ordering = "-createdAt", getLatestBy = "createdAt",
 *       indexes = @Meta.Index(fields = {"status", "-createdAt"}, name = "order_status_idx"),
 *       uniqueConstraints = @Meta.UniqueConstraint(fields = {"customer", "number"}, name = "order_number_uniq"),
 *       checkConstraints = @Meta.CheckConstraint(name = "order_total_gte_0", field = "total", lookup = "gte", value = "0"))
 * public class Order extends Model { ... }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface Meta {

    /** The table name; empty for {@code <app_label>_<model name in lower case>}. */
    String dbTable() default "";

    /** The default ordering: field names, {@code -} for descending. */
    String[] ordering() default {};

    /** The field {@code latest()} and {@code earliest()} use when given none. */
    String getLatestBy() default "";

    /** A human-readable name; empty for one made from the class name. */
    String verboseName() default "";

    /** The plural human-readable name; empty for the verbose name plus "s". */
    String verboseNamePlural() default "";

    /**
     * Whether the model is a proxy: another Java class over its concrete
     * parent's table, with its own managers, ordering and methods, and no fields of its own.
     */
    boolean proxy() default false;

    /**
     * The name of the default manager, which code handling any model queries
     * through; empty for the first the model declares, else its first parent's default.
     */
    String defaultManagerName() default "";

    /**
     * The name of the manager that loads forward related objects and reloads
     * instances; empty for a plain manager that sees every row. Name one that
     * never filters rows out, or related objects go missing.
     */
    String baseManagerName() default "";

    /** Indexes beyond those of {@code dbIndex} fields. */
    Index[] indexes() default {};

    /** Uniqueness over several fields. */
    UniqueConstraint[] uniqueConstraints() default {};

    /** Conditions every row must meet. */
    CheckConstraint[] checkConstraints() default {};

    /** An index over fields; {@code -} before a field name makes it descending. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Index {
        /** The indexed fields. */
        String[] fields();

        /** The index name; empty for one derived from the table and fields. */
        String name() default "";
    }

    /** A unique constraint over fields. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface UniqueConstraint {
        /** The fields whose combination is unique. */
        String[] fields();

        /** The constraint name. */
        String name();
    }

    /** A check constraint: {@code field} compared by {@code lookup} (exact, gt, gte, lt, lte) with a literal. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface CheckConstraint {
        /** The constraint name. */
        String name();

        /** The checked field. */
        String field();

        /** The comparison: exact, gt, gte, lt or lte. */
        String lookup();

        /** The literal compared with. */
        String value();
    }
}
