package dev.reinhardt.exceptions;

/**
 * Thrown when a query that must find one object finds none (Django's
 * {@code Model.DoesNotExist}).
 *
 * <p>Catch it for every model, or for one model by testing {@link #isFor(Class)};
 * a model may also declare a nested {@code public static class DoesNotExist
 * extends ObjectDoesNotExist} with a {@code (String message)} constructor, and
 * the ORM throws that subclass so {@code catch (Order.DoesNotExist e)} works.
 */
public class ObjectDoesNotExist extends RuntimeException {

    private final Class<?> model;

    public ObjectDoesNotExist(Class<?> model, String message) {
        super(message);
        this.model = model;
    }

    /** Return the model class that had no matching object. */
    public Class<?> model() {
        return model;
    }

    /** Return whether this was raised for {@code modelClass}. */
    public boolean isFor(Class<?> modelClass) {
        return model == modelClass;
    }
}
