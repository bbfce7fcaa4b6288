package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.fields.OnDelete;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The join table the ORM creates for a many-to-many field without a
 * {@code through} model (Django's auto-created intermediary model): an
 * {@code id} and one foreign key to each side ({@code entry_id},
 * {@code author_id}; {@code from_x_id}/{@code to_x_id} when a model relates
 * to itself), unique together, cascading on delete.
 */
final class AutoThrough {

    private AutoThrough() {
    }

    /** One row of an auto-created join table; the ORM alone creates these. */
    static final class Row extends Model {
        public final Ref<Model> source = new Ref<>();
        public final Ref<Model> target = new Ref<>();
    }

    static Options<Row> options(Relation relation) {
        Options<?> owner = relation.owner();
        String from = owner.modelName();
        String to = relation.targetOptions().modelName();
        boolean self = from.equals(to);
        String sourceName = self ? "from_" + from : from;
        String targetName = self ? "to_" + to : to;
        Field field = relation.field();
        String table = (String) field.options().getOrDefault("dbTable", "");
        if (table.isEmpty()) {
            table = owner.dbTable() + "_" + Field.snakeCase(field.name());
        }
        String objectName = owner.model().getSimpleName() + "_" + field.name();
        String modelName = objectName.toLowerCase(Locale.ROOT);
        try {
            Field id = Field.implicitId(Row.class, Model.class.getDeclaredField("id"));
            Field source = Field.synthetic(Row.class, Row.class.getDeclaredField("source"), "ForeignKey",
                    key(sourceName, owner.model(), modelName));
            Field target = Field.synthetic(Row.class, Row.class.getDeclaredField("target"), "ForeignKey",
                    key(targetName, relation.target(), modelName));
            return Options.synthetic(Row.class, owner.appLabel(), objectName, table, List.of(id, source, target),
                    List.of(List.of(sourceName, targetName)));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> key(String name, Class<?> target, String throughName) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("name", name);
        options.put("toClass", target);
        options.put("onDelete", OnDelete.CASCADE);
        options.put("relatedName", throughName + "+");
        options.put("dbIndex", true);
        options.put("dbConstraint", true);
        return options;
    }
}
