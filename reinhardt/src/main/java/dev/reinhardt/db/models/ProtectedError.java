package dev.reinhardt.db.models;

import dev.reinhardt.exceptions.IntegrityError;

import java.util.List;

/**
 * Thrown when a delete would remove objects that a PROTECT foreign key
 * refers to; nothing was deleted. The message names the protecting
 * {@code Model.field}s; {@link #protectedObjects()} lists the referring objects.
 */
public class ProtectedError extends IntegrityError {

    private final List<Model> protectedObjects;

    public ProtectedError(String message, List<? extends Model> protectedObjects) {
        super(message, null);
        this.protectedObjects = List.copyOf(protectedObjects);
    }

    /** Return the objects whose protected foreign keys refer to the objects to delete. */
    public List<Model> protectedObjects() {
        return protectedObjects;
    }
}
