package dev.reinhardt.db.models;

/**
 * Thrown when code reads a relation that was not loaded while the fetch mode
 * is {@link FetchMode#RAISE} (Django 6.1's {@code FieldFetchBlocked}); the
 * message names the model, the relation and the call that plans the load.
 */
public final class FieldFetchBlocked extends RuntimeException {

    private final Class<?> model;
    private final String relation;

    public FieldFetchBlocked(Class<?> model, String relation, String message) {
        super(message);
        this.model = model;
        this.relation = relation;
    }

    /** Return the model whose relation was read. */
    public Class<?> model() {
        return model;
    }

    /** Return the relation's name on that model. */
    public String relation() {
        return relation;
    }
}
