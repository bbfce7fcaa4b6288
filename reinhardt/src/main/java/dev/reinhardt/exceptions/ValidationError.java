package dev.reinhardt.exceptions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown when values fail validation; carries every message, grouped by the
 * field that failed ({@link #NON_FIELD_ERRORS} for errors of the whole object).
 */
public class ValidationError extends RuntimeException {

    /** The key of errors that belong to no single field. */
    public static final String NON_FIELD_ERRORS = "__all__";

    private final Map<String, List<String>> errors;

    /** Create an error with messages by field name. */
    public ValidationError(Map<String, List<String>> errors) {
        super(describe(errors));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.errors = Collections.unmodifiableMap(copy);
    }

    /** Create an error of the whole object with one message. */
    public ValidationError(String message) {
        this(Map.of(NON_FIELD_ERRORS, List.of(message)));
    }

    /** Return the messages by field name, in the order the fields were checked. */
    public Map<String, List<String>> messageDict() {
        return errors;
    }

    /** Return every message, field by field. */
    public List<String> messages() {
        List<String> all = new ArrayList<>();
        errors.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    private static String describe(Map<String, List<String>> errors) {
        StringBuilder text = new StringBuilder();
        errors.forEach((field, messages) -> {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(field).append(": ").append(String.join(" ", messages));
        });
        return text.toString();
    }
}
