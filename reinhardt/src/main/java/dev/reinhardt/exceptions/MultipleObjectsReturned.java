package dev.reinhardt.exceptions;

/**
 * Thrown when a query that must find one object finds several (Django's
 * {@code Model.MultipleObjectsReturned}); a model may declare a nested
 * subclass the same way as for {@link ObjectDoesNotExist}.
 */
public class MultipleObjectsReturned extends RuntimeException {

    private final Class<?> model;

    public MultipleObjectsReturned(Class<?> model, String message) {
        super(message);
        this.model = model;
    }

    /** Return the model class that had several matching objects. */
    public Class<?> model() {
        return model;
    }

    /** Return whether this was raised for {@code modelClass}. */
    public boolean isFor(Class<?> modelClass) {
        return model == modelClass;
    }
}
