package dev.reinhardt.db.models;

/**
 * What the ORM knows about one instance (Django's {@code Model._state}):
 * whether it is still to be inserted and which database it came from.
 * Not thread-safe, like the instance it belongs to.
 */
public final class ModelState {

    private boolean adding = true;
    private String db;

    /** Return whether the instance has not been saved or loaded yet. */
    public boolean adding() {
        return adding;
    }

    /** Return the alias of the database the instance was loaded from or saved to, or null. */
    public String db() {
        return db;
    }

    void loaded(String alias) {
        adding = false;
        db = alias;
    }
}
