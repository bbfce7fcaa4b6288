package dev.reinhardt.db.models;

import dev.reinhardt.apps.AppConfig;
import dev.reinhardt.apps.Apps;
import dev.reinhardt.apps.LookupException;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.fields.ForeignKey;
import dev.reinhardt.db.models.fields.OnDelete;
import dev.reinhardt.exceptions.ImproperlyConfigured;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A relation field resolved against the app registry (Django's
 * {@code field.remote_field} with {@code related_model}): the target model,
 * the key it refers to, the reverse names, and for many-to-many the join
 * table. Built once per field on first use; immutable and thread-safe.
 */
public final class Relation {

    /** The three relation kinds. */
    public enum Type {
        FOREIGN_KEY, ONE_TO_ONE, MANY_TO_MANY
    }

    private static final Map<Field, Relation> RESOLVED = new ConcurrentHashMap<>();
    private static final Map<Field, Options<?>> OWNERS = new ConcurrentHashMap<>();

    private final Field field;
    private final Type type;
    private final Options<?> owner;
    private final Class<? extends Model> target;
    private volatile Field targetField;
    private volatile Options<?> through;
    private volatile Field throughSource;
    private volatile Field throughTarget;

    private Relation(Field field, Options<?> owner) {
        this.field = field;
        this.owner = owner;
        this.type = switch (field.internalType()) {
            case "ForeignKey" -> Type.FOREIGN_KEY;
            case "OneToOneField" -> Type.ONE_TO_ONE;
            case "ManyToManyField" -> Type.MANY_TO_MANY;
            default -> throw new IllegalArgumentException(field + " is not a relation.");
        };
        this.target = resolveTarget(field, owner);
    }

    /**
     * Return the relation {@code field} declares.
     *
     * @throws ImproperlyConfigured naming the field and the fix when its target is not an installed concrete model
     */
    public static Relation of(Field field) {
        Relation relation = RESOLVED.get(field);
        if (relation != null) {
            return relation;
        }
        Options<?> owner = OWNERS.get(field);
        if (owner == null) {
            throw new IllegalStateException(field + " belongs to no model metadata.");
        }
        return RESOLVED.computeIfAbsent(field, f -> new Relation(f, owner));
    }

    /** Remember that {@code field} belongs to {@code owner}; called while building a model's metadata. */
    static void own(Field field, Options<?> owner) {
        OWNERS.put(field, owner);
    }

    private static Class<? extends Model> resolveTarget(Field field, Options<?> owner) {
        Object explicit = field.option("toClass");
        if (explicit instanceof Class<?> type) {
            return type.asSubclass(Model.class);
        }
        String to = (String) field.options().getOrDefault("to", "");
        Class<?> declared = typeArgument(field);
        Class<?> resolved;
        if (to.isEmpty()) {
            if (declared == null || declared == Model.class) {
                throw new ImproperlyConfigured("Field " + owner.model().getSimpleName() + "." + field.name()
                        + " does not say which model it relates to. Give the holder a type argument, such as Ref<"
                        + "Customer>, or name the model with to = \"app_label.Model\".");
            }
            resolved = declared;
        } else if (to.equals("self")) {
            resolved = owner.model();
        } else {
            resolved = lookup(field, owner, to);
        }
        if (!Model.class.isAssignableFrom(resolved) || Modifier.isAbstract(resolved.getModifiers())) {
            throw new ImproperlyConfigured("Field " + owner.model().getSimpleName() + "." + field.name()
                    + " defines a relation with model '" + resolved.getSimpleName() + "', which is either not "
                    + "installed, or is abstract (fields.E300). Relate to a concrete model.");
        }
        if (declared != null && !declared.isAssignableFrom(resolved)) {
            throw new ImproperlyConfigured("Field " + owner.model().getSimpleName() + "." + field.name()
                    + " holds " + declared.getSimpleName() + " but to = \"" + to + "\" names "
                    + resolved.getName() + ". Make the type argument match the model.");
        }
        return resolved.asSubclass(Model.class);
    }

    private static Class<?> lookup(Field field, Options<?> owner, String to) {
        try {
            Apps apps = Apps.registry();
            if (to.contains(".")) {
                return apps.getModel(to);
            }
            AppConfig app = apps.getContainingAppConfig(owner.model());
            if (app == null) {
                throw new LookupException("Model reference '" + to + "' needs an app label: write 'app_label." + to
                        + "'.");
            }
            return apps.getModel(app.label(), to);
        } catch (LookupException e) {
            throw new ImproperlyConfigured("Field " + owner.model().getSimpleName() + "." + field.name()
                    + " defines a relation with model '" + to + "', which is either not installed, or is abstract "
                    + "(fields.E300). " + e.getMessage(), e);
        }
    }

    private static Class<?> typeArgument(Field field) {
        if (field.genericType() instanceof ParameterizedType parameterized) {
            java.lang.reflect.Type argument = parameterized.getActualTypeArguments()[0];
            if (argument instanceof Class<?> type) {
                return type;
            }
            if (argument instanceof ParameterizedType nested && nested.getRawType() instanceof Class<?> raw) {
                return raw;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- description

    /** Return the declaring field. */
    public Field field() {
        return field;
    }

    /** Return the relation kind. */
    public Type type() {
        return type;
    }

    /** Return the metadata of the declaring model. */
    public Options<?> owner() {
        return owner;
    }

    /** Return the target model. */
    public Class<? extends Model> target() {
        return target;
    }

    /** Return the target model's metadata. */
    public Options<?> targetOptions() {
        return Options.of(target);
    }

    /** Return whether this is a many-to-many relation. */
    public boolean isManyToMany() {
        return type == Type.MANY_TO_MANY;
    }

    /**
     * Return the target field the key refers to: {@code toField}, or the
     * target's primary key (null for many-to-many).
     *
     * @throws ImproperlyConfigured when {@code toField} names no unique field
     */
    public Field targetField() {
        if (isManyToMany()) {
            return null;
        }
        Field current = targetField;
        if (current == null) {
            String name = (String) field.options().getOrDefault("toField", "");
            Options<?> options = targetOptions();
            current = name.isEmpty() ? options.pk() : options.findField(name);
            if (current == null || !current.unique()) {
                throw new ImproperlyConfigured("Field " + owner.model().getSimpleName() + "." + field.name()
                        + " refers to " + target.getSimpleName() + "." + name + ", which "
                        + (current == null ? "does not exist" : "is not unique") + " (fields.E311). Name a unique "
                        + "field in toField.");
            }
            targetField = current;
        }
        return current;
    }

    /** Return what deleting a target object does to the referring ones (CASCADE for join-table rows). */
    public OnDelete onDelete() {
        Object value = field.option("onDelete");
        return value instanceof OnDelete onDelete ? onDelete : OnDelete.CASCADE;
    }

    /** Return the value {@link OnDelete#SET} stores, from the field's {@code setTo} supplier. */
    public Object setValue() {
        Object type = field.option("setTo");
        if (!(type instanceof Class<?> supplierType) || supplierType == ForeignKey.NoSupplier.class) {
            throw new ImproperlyConfigured("Field " + owner.model().getSimpleName() + "." + field.name()
                    + " uses onDelete = SET without setTo; name a Supplier class in setTo.");
        }
        try {
            var constructor = supplierType.getDeclaredConstructor();
            constructor.setAccessible(true);
            return ((Supplier<?>) constructor.newInstance()).get();
        } catch (ReflectiveOperationException e) {
            throw new ImproperlyConfigured(supplierType.getName() + " needs a constructor without parameters.");
        }
    }

    /**
     * Return whether this is a mutual many-to-many relation of a model with
     * itself (Django's {@code symmetrical}): true for every many-to-many
     * relation whose target is its own model, with or without a
     * {@code through} model, unless it says {@code symmetrical = false}.
     * Adding {@code b} to {@code a}'s relation also relates {@code a} to
     * {@code b}, and the reverse side is hidden, as it would repeat the
     * forward one.
     */
    public boolean isSymmetrical() {
        return isManyToMany() && target == owner.model() && !Boolean.FALSE.equals(field.option("symmetrical"));
    }

    /**
     * Return whether the reverse side has no accessor and no query name
     * ({@code relatedName} ending in {@code +}, or a symmetrical relation).
     */
    public boolean isHidden() {
        return relatedName().endsWith("+");
    }

    /**
     * Return the related name, with {@code %(class)s} and {@code %(app_label)s}
     * filled (for abstract bases). A hidden many-to-many relation still needs
     * a query name of its own, for the ORM's lookup from the target back to
     * the owner: {@code <field>_rel_+} when symmetrical, else one made from
     * the app, model and field, so that several {@code "+"} relations never
     * clash.
     */
    private String relatedName() {
        String declared = placeholders((String) field.options().getOrDefault("relatedName", ""));
        if (isSymmetrical()) {
            return field.name() + "_rel_+";
        }
        if (isManyToMany() && declared.endsWith("+")) {
            return "_" + owner.appLabel() + "_" + owner.modelName() + "_" + field.name() + "_+";
        }
        return declared;
    }
    private String placeholders(String name) {
        return name.replace("%(class)s", owner.modelName()).replace("%(app_label)s", owner.appLabel());
    }

    /** Return the reverse accessor's name on the target: {@code orders}, {@code order_set} or {@code profile}. */
    public String accessorName() {
        String related = relatedName();
        if (!related.isEmpty()) {
            return related;
        }
        return type == Type.ONE_TO_ONE ? owner.modelName() : owner.modelName() + "_set";
    }

    /** Return the name lookups from the target use to reach the declaring model. */
    public String queryName() {
        String queryName = placeholders((String) field.options().getOrDefault("relatedQueryName", ""));
        if (!queryName.isEmpty() && !isSymmetrical()) {
            return queryName;
        }
        String related = relatedName();
        return related.isEmpty() ? owner.modelName() : related;
    }

    /** Return the reverse side as seen from the target. */
    public ReverseRelation reverse() {
        return new ReverseRelation(this);
    }

    /** Return the conditions a related object must meet, as a Q (empty when unlimited). */
    public Q limitChoicesTo() {
        String[] pairs = (String[]) field.options().getOrDefault("limitChoicesTo", new String[0]);
        List<Q> conditions = new ArrayList<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new ImproperlyConfigured("limitChoicesTo of " + owner.model().getSimpleName() + "."
                        + field.name() + " has '" + pair + "'; write \"field=value\".");
            }
            conditions.add(Q.of(pair.substring(0, equals).trim(), literal(pair.substring(equals + 1).trim())));
        }
        return Q.and(conditions.toArray(Q[]::new));
    }

    private static Object literal(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        if (text.matches("-?\\d{1,18}")) {
            return Long.parseLong(text);
        }
        return text;
    }

    // ---------------------------------------------------------------- many-to-many join table

    /** Return the join model of a many-to-many relation: the declared {@code through} or the auto-created one. */
    public Options<?> through() {
        Options<?> current = through;
        if (current == null) {
            Object declared = field.option("through");
            if (declared instanceof Class<?> type && type != Object.class) {
                if (!Model.class.isAssignableFrom(type)) {
                    throw new ImproperlyConfigured("Field " + owner.model().getSimpleName() + "." + field.name()
                            + " names through = " + type.getName() + ", which is not a model.");
                }
                current = Options.of(type.asSubclass(Model.class));
            } else {
                current = AutoThrough.options(this);
            }
            through = current;
        }
        return current;
    }

    /** Return whether the join table is the one the ORM creates. */
    public boolean isAutoThrough() {
        return through().isAutoCreated();
    }

    /** Return the join model's foreign key to the declaring model. */
    public Field throughSource() {
        if (throughSource == null) {
            resolveThroughFields();
        }
        return throughSource;
    }

    /** Return the join model's foreign key to the target model. */
    public Field throughTarget() {
        if (throughTarget == null) {
            resolveThroughFields();
        }
        return throughTarget;
    }

    private void resolveThroughFields() {
        Options<?> join = through();
        String[] named = (String[]) field.options().getOrDefault("throughFields", new String[0]);
        if (named.length == 2) {
            throughSource = join.getField(named[0]);
            throughTarget = join.getField(named[1]);
            return;
        }
        if (join.isAutoCreated()) {
            throughSource = join.fields().get(1);
            throughTarget = join.fields().get(2);
            return;
        }
        List<Field> fromOwner = new ArrayList<>();
        List<Field> toTarget = new ArrayList<>();
        for (Field candidate : join.fields()) {
            if (!candidate.isRelation()) {
                continue;
            }
            Class<?> points = Relation.of(candidate).target();
            if (points == owner.model()) {
                fromOwner.add(candidate);
            } else if (points == target) {
                toTarget.add(candidate);
            }
        }
        String where = "The through model " + join.model().getSimpleName() + " of " + owner.model().getSimpleName()
                + "." + field.name();
        if (owner.model() == target) {
            // Every key to the model counts for both sides: the first is the source, the second the target.
            if (fromOwner.size() > 2) {
                throw new ImproperlyConfigured(where + " has more than two foreign keys to " + target.getSimpleName()
                        + ", which is ambiguous (fields.E333). Name the source and target keys in throughFields.");
            }
            toTarget = fromOwner.size() > 1 ? fromOwner.subList(1, 2) : List.of();
        } else if (fromOwner.size() > 1 || toTarget.size() > 1) {
            throw ambiguous(where, fromOwner, toTarget);
        }
        if (fromOwner.isEmpty() || toTarget.isEmpty()) {
            throw new ImproperlyConfigured(where + " needs a foreign key to " + owner.model().getSimpleName()
                    + " and one to " + target.getSimpleName() + " (fields.E336); or name them in throughFields.");
        }
        throughSource = fromOwner.getFirst();
        throughTarget = toTarget.getFirst();
    }

    /**
     * Return the error for a join model with several keys to one side of a
     * relation between two models (fields.E334 for the source side, E335 for
     * the target side): picking one of them would silently relate the wrong rows.
     */
    private ImproperlyConfigured ambiguous(String where, List<Field> fromOwner, List<Field> toTarget) {
        boolean sourceSide = fromOwner.size() > 1;
        List<Field> keys = sourceSide ? fromOwner : toTarget;
        Class<?> side = sourceSide ? owner.model() : target;
        String sourceKey = fromOwner.isEmpty() ? "<key to " + owner.model().getSimpleName() + ">"
                : fromOwner.getFirst().name();
        String targetKey = toTarget.isEmpty() ? "<key to " + target.getSimpleName() + ">" : toTarget.getFirst().name();
        return new ImproperlyConfigured(where + " has more than one foreign key to " + side.getSimpleName()
                + ", the relation's " + (sourceSide ? "source" : "target") + " ("
                + String.join(", ", keys.stream().map(Field::name).toList()) + "), which is ambiguous ("
                + (sourceSide ? "fields.E334" : "fields.E335") + "). Name the key to " + owner.model().getSimpleName()
                + " and the key to " + target.getSimpleName() + " in throughFields, in that order, such as "
                + "throughFields = {\"" + sourceKey + "\", \"" + targetKey + "\"}.");
    }

    // ---------------------------------------------------------------- joins

    /** Return the joins from the declaring model to the target. */
    public List<JoinHop> forwardHops() {
        Options<?> targetOptions = targetOptions();
        if (!isManyToMany()) {
            return List.of(new JoinHop(owner, targetOptions, field, targetField(), true, false, field.nullable()));
        }
        Options<?> join = through();
        Field source = throughSource();
        Field targetKey = throughTarget();
        return List.of(
                new JoinHop(owner, join, Relation.of(source).targetField(), source, false, true, true),
                new JoinHop(join, targetOptions, targetKey, Relation.of(targetKey).targetField(), true, true, false));
    }

    /** Return the joins from the target back to the declaring model. */
    public List<JoinHop> reverseHops() {
        Options<?> targetOptions = targetOptions();
        if (!isManyToMany()) {
            return List.of(new JoinHop(targetOptions, owner, targetField(), field, false, type != Type.ONE_TO_ONE,
                    true));
        }
        Options<?> join = through();
        Field source = throughSource();
        Field targetKey = throughTarget();
        return List.of(
                new JoinHop(targetOptions, join, Relation.of(targetKey).targetField(), targetKey, false, true, true),
                new JoinHop(join, owner, source, Relation.of(source).targetField(), true, true, false));
    }

    @Override
    public String toString() {
        return owner.model().getSimpleName() + "." + field.name() + " -> " + target.getSimpleName();
    }
}
