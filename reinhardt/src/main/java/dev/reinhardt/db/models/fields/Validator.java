package dev.reinhardt.db.models.fields;

import java.util.Optional;

/** Check one field value; implementations need a public no-argument constructor and must be thread-safe. */
@FunctionalInterface
public interface Validator {

    /** Return the error message for {@code value}, or empty when it is valid; null values are not passed. */
    Optional<String> validate(Object value);
}
