package dev.reinhardt.db.models;

import java.util.List;

/**
 * Thrown when a delete would remove objects that a RESTRICT foreign key
 * refers to, from objects the same delete does not remove through a
 * CASCADE; nothing was deleted.
 */
public final class RestrictedError extends ProtectedError {

    public RestrictedError(String message, List<? extends Model> restrictedObjects) {
        super(message, restrictedObjects);
    }

    /** Return the objects whose restricted foreign keys refer to the objects to delete. */
    public List<Model> restrictedObjects() {
        return protectedObjects();
    }
}
