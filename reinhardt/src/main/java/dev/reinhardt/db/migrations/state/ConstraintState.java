package dev.reinhardt.db.migrations.state;

import java.util.ArrayList;
import java.util.List;

/** A named table constraint as migrations record it: a unique constraint over fields, or a check. */
public sealed interface ConstraintState {

    /** Return the constraint's name. */
    String name();

    /** Return the field names it covers. */
    List<String> fields();

    /** Return a copy with field {@code from} renamed to {@code to}. */
    ConstraintState renameField(String from, String to);

    /**
     * Uniqueness over several fields.
     *
     * @param name   the constraint name
     * @param fields the fields whose combination is unique
     */
    record Unique(String name, List<String> fields) implements ConstraintState {

        public Unique {
            fields = List.copyOf(fields);
        }

        @Override
        public Unique renameField(String from, String to) {
            return new Unique(name, rename(fields, from, to));
        }
    }

    /**
     * A field compared with a literal by {@code lookup} (exact, gt, gte, lt, lte).
     *
     * @param name   the constraint name
     * @param field  the checked field
     * @param lookup the comparison
     * @param value  the literal
     */
    record Check(String name, String field, String lookup, String value) implements ConstraintState {

        @Override
        public List<String> fields() {
            return List.of(field);
        }

        @Override
        public Check renameField(String from, String to) {
            return new Check(name, field.equals(from) ? to : field, lookup, value);
        }
    }

    /** Return {@code fields} with {@code from} (ascending or descending) renamed to {@code to}. */
    static List<String> rename(List<String> fields, String from, String to) {
        List<String> renamed = new ArrayList<>();
        for (String field : fields) {
            boolean descending = field.startsWith("-");
            String bare = descending ? field.substring(1) : field;
            renamed.add(bare.equals(from) ? (descending ? "-" : "") + to : field);
        }
        return renamed;
    }
}
