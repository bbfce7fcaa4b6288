package dev.reinhardt.db.models.fields;

/**
 * What deleting a referenced object does to the rows that point at it
 * (Django's {@code on_delete}); the ORM's deletion collector applies it,
 * not the database.
 */
public enum OnDelete {
    /** Delete the referring objects too. */
    CASCADE,
    /** Refuse the delete with a {@code ProtectedError} naming the referring objects. */
    PROTECT,
    /**
     * Refuse the delete with a {@code RestrictedError}, unless the referring
     * objects are themselves being deleted through a {@code CASCADE} in the same delete.
     */
    RESTRICT,
    /** Set the reference to NULL; the field must be nullable. */
    SET_NULL,
    /** Set the reference to the field's {@code dbDefault}. */
    SET_DEFAULT,
    /** Set the reference to the value its {@code setTo} supplier returns (Django's {@code SET(value)}). */
    SET,
    /** Leave the referring rows alone; the database's own constraint decides. */
    DO_NOTHING
}
