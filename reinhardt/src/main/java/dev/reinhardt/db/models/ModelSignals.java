package dev.reinhardt.db.models;

import dev.reinhardt.dispatch.Signal;

import java.util.List;

/**
 * The model life-cycle signals (Django's {@code django.db.models.signals});
 * the sender is always the model class.
 *
 * <p>Java runs a subclass's field initializers after every superclass
 * constructor, so no base class can observe a finished {@code new Order()}:
 * {@link #preInit} and {@link #postInit} are sent for the instances the ORM
 * creates (rows loaded from the database and {@code create()}).
 */
public final class ModelSignals {

    /** Sent before the ORM creates an instance. */
    public static final Signal<Class<?>> preInit = new Signal<>("preInit");
    /** Sent after the ORM created and filled an instance. */
    public static final Signal<Model> postInit = new Signal<>("postInit");
    /** Sent at the start of {@code save()}. */
    public static final Signal<SaveEvent> preSave = new Signal<>("preSave");
    /** Sent at the end of {@code save()}; {@code created} tells an INSERT from an UPDATE. */
    public static final Signal<SaveEvent> postSave = new Signal<>("postSave");
    /** Sent before an instance is deleted (also for each object of a queryset delete). */
    public static final Signal<DeleteEvent> preDelete = new Signal<>("preDelete");
    /** Sent after an instance is deleted. */
    public static final Signal<DeleteEvent> postDelete = new Signal<>("postDelete");
    /**
     * Sent around each change of a many-to-many relation through a related
     * manager; the sender is the join model's class, or for a join table the
     * ORM created, its {@link Options} ({@code Relation.of(field).through()}).
     */
    public static final Signal<M2MChangedEvent> m2mChanged = new Signal<>("m2mChanged");

    private ModelSignals() {
    }

    /**
     * Return the sender of {@link #m2mChanged} for the many-to-many field
     * {@code field} of {@code model}: its join model's class, or the metadata
     * of the join table the ORM created (Django's {@code Model.field.through}).
     */
    public static Object m2mSender(Class<? extends Model> model, String field) {
        Options<?> options = Options.of(model);
        dev.reinhardt.db.models.fields.Field many = options.findManyToMany(field);
        if (many == null) {
            throw new dev.reinhardt.exceptions.FieldError(model.getSimpleName() + " has no many-to-many field '"
                    + field + "'. Its many-to-many fields: " + options.manyToMany().stream()
                    .map(dev.reinhardt.db.models.fields.Field::name).toList() + ".");
        }
        Options<?> through = Relation.of(many).through();
        return through.isAutoCreated() ? through : through.model();
    }

    /**
     * A save of one instance.
     *
     * @param instance     the instance
     * @param created      whether it was inserted (always false in {@code preSave})
     * @param using        the database alias
     * @param updateFields the fields limited to, or null for all
     */
    public record SaveEvent(Model instance, boolean created, String using, List<String> updateFields) {
    }

    /**
     * A delete of one instance.
     *
     * @param instance the instance
     * @param using    the database alias
     */
    public record DeleteEvent(Model instance, String using) {
    }

    /** What a many-to-many change does, in Django's order: pre, then post. */
    public enum M2MAction {
        PRE_ADD, POST_ADD, PRE_REMOVE, POST_REMOVE, PRE_CLEAR, POST_CLEAR;

        /** Return Django's name for the action, such as {@code "pre_add"}. */
        public String djangoName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A change of a many-to-many relation.
     *
     * @param instance the instance whose related manager changed
     * @param action   what happens
     * @param reverse  whether the manager is on the relation's target side
     * @param model    the class of the objects added or removed
     * @param pkSet    their primary keys (for add: only those not related yet); null for clear
     * @param using    the database alias
     */
    public record M2MChangedEvent(Model instance, M2MAction action, boolean reverse, Class<? extends Model> model,
                                  java.util.Set<Object> pkSet, String using) {
    }
}
