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

    private ModelSignals() {
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
}
