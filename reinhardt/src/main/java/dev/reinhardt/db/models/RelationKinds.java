package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.ColumnSpec;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.fields.FieldKind;
import dev.reinhardt.db.models.fields.FieldKinds;

import java.util.List;

/**
 * The field kinds of relations: a foreign key and a one-to-one key keep the
 * target's key in a {@link Ref} and take their column type from the target
 * field; a many-to-many field has no column. Registered by {@link Options}.
 */
final class RelationKinds {

    private RelationKinds() {
    }

    static void register() {
        FieldKinds.register("ForeignKey", new KeyKind("ForeignKey", false));
        FieldKinds.register("OneToOneField", new KeyKind("OneToOneField", true));
        FieldKinds.register("ManyToManyField", new ManyKind());
        FieldKinds.register("ParentLink", new ParentLinkKind());
    }

    /** Return the value of the field {@code relation} refers to on {@code target}. */
    static Object keyOf(Relation relation, Model target) {
        return relation.targetField().get(target);
    }

    /**
     * What every key column to another model shares: a {@code <name>_id}
     * column typed, converted and referenced like the target field.
     */
    private interface KeyColumnKind extends FieldKind {

        @Override
        default boolean isRelation() {
            return true;
        }

        @Override
        default Field columnTypeSource(Field field) {
            return Relation.of(field).targetField();
        }

        @Override
        default String defaultColumn(Field field) {
            return Field.snakeCase(field.name()) + "_id";
        }

        @Override
        default ColumnSpec.Reference reference(Field field) {
            if (Boolean.FALSE.equals(field.option("dbConstraint"))) {
                return null;
            }
            Relation relation = Relation.of(field);
            return new ColumnSpec.Reference(relation.targetOptions().dbTable(), relation.targetField().column());
        }

        @Override
        default Object fromCanonical(Field field, Object value) {
            Field target = Relation.of(field).targetField();
            return target.kind().fromCanonical(target, value);
        }

        @Override
        default boolean readsAsIs(Field field) {
            Field target = Relation.of(field).targetField();
            return target.kind().readsAsIs(target);
        }
    }

    private record KeyKind(String internalType, boolean impliesUnique) implements KeyColumnKind {

        @Override
        public List<Class<?>> javaTypes() {
            return List.of(Ref.class);
        }

        @Override
        public boolean holdsValue() {
            return true;
        }

        @Override
        public Object unwrap(Field field, Object holder) {
            return holder(field, holder).id();
        }

        @Override
        public void store(Field field, Object holder, Object value) {
            holder(field, holder).loadedId(value);
        }

        private static Ref<?> holder(Field field, Object holder) {
            if (holder == null) {
                throw new IllegalStateException(field.model().getSimpleName() + "." + field.name() + " is null; "
                        + "declare it as public final Ref<...> " + field.name() + " = new Ref<>();");
            }
            return (Ref<?>) holder;
        }

        @Override
        public Object toCanonical(Field field, Object value) {
            Field target = Relation.of(field).targetField();
            Object key = value instanceof Model model ? target.get(model) : value;
            if (key == null) {
                throw new IllegalArgumentException("The " + value.getClass().getSimpleName() + " given for "
                        + field.model().getSimpleName() + "." + field.name() + " has no " + target.name()
                        + " yet; save it first.");
            }
            return target.kind().toCanonical(target, key);
        }

        @Override
        public void validate(Field field, Object value, List<String> errors) {
            Relation relation = Relation.of(field);
            Field target = relation.targetField();
            boolean exists = QuerySet.of(relation.target()).filter(target.name(), value)
                    .filter(relation.limitChoicesTo()).exists();
            if (!exists) {
                errors.add(relation.targetOptions().modelName() + " instance with " + target.name() + " " + value
                        + " does not exist.");
            }
        }
    }

    /**
     * The one-to-one key of a multi-table child to its parent: stored in the
     * primary-key Java field the child shares with its parent, so it holds the
     * key itself rather than a {@link Ref}.
     */
    private static final class ParentLinkKind implements KeyColumnKind {

        @Override
        public String internalType() {
            return "OneToOneField";
        }

        @Override
        public List<Class<?>> javaTypes() {
            return List.of(Object.class);
        }

        @Override
        public boolean impliesUnique() {
            return true;
        }

        @Override
        public Object toCanonical(Field field, Object value) {
            Field target = Relation.of(field).targetField();
            return target.kind().toCanonical(target, value instanceof Model model ? target.get(model) : value);
        }
    }

    private static final class ManyKind implements FieldKind {

        @Override
        public String internalType() {
            return "ManyToManyField";
        }

        @Override
        public List<Class<?>> javaTypes() {
            return List.of(Related.class);
        }

        @Override
        public boolean hasColumn() {
            return false;
        }
    }
}
