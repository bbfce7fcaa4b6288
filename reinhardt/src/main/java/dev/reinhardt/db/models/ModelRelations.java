package dev.reinhardt.db.models;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.exceptions.ImproperlyConfigured;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relation side of a model's {@link Options}: the relations pointing at
 * it, what a name in a lookup path means, and the binding of relation
 * holders to instances. Stateless; {@code Options} caches the results.
 */
final class ModelRelations {

    private ModelRelations() {
    }

    /** Find every relation of an installed (non-proxy) model, or of a join table it created, that targets {@code options}. */
    static List<ReverseRelation> relatedObjects(Options<?> options) {
        List<ReverseRelation> found = new ArrayList<>();
        Class<?> concrete = options.concreteModel();
        for (Class<?> type : Apps.registry().getModels()) {
            Options<?> other = Options.of(type.asSubclass(Model.class));
            if (other.isProxy()) {
                continue;
            }
            for (Field field : other.relationFields()) {
                Relation relation = Relation.of(field);
                if (relation.targetOptions().concreteModel() == concrete) {
                    found.add(relation.reverse());
                }
                if (relation.isManyToMany() && relation.isAutoThrough()) {
                    for (Field key : relation.through().relationFields()) {
                        if (Relation.of(key).targetOptions().concreteModel() == concrete) {
                            found.add(Relation.of(key).reverse());
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** Resolve one name of a lookup path on {@code options}; see {@link Options#pathPart(String)}. */
    static PathPart pathPart(Options<?> options, String name) {
        Field field = options.findField(name);
        if (field == null) {
            field = options.findManyToMany(name);
        }
        if (field != null) {
            if (!field.isRelation()) {
                return new PathPart(name, field, List.of(), null, null);
            }
            Relation relation = Relation.of(field);
            return new PathPart(name, field, relation.forwardHops(), relation, null);
        }
        for (Field key : options.fields()) {
            if (key.isRelation() && (name.equals(key.name() + "_id") || name.equals(key.name() + "Id"))) {
                return new PathPart(name, key, List.of(), null, null);
            }
        }
        ReverseRelation reverse = options.findReverse(name);
        if (reverse != null) {
            return new PathPart(name, reverse.relatedModel().pk(), reverse.hops(), null, reverse);
        }
        for (Map.Entry<Options<?>, Field> parent : options.parents().entrySet()) {
            PathPart inherited = parent.getKey().pathPart(name);
            if (inherited != null) {
                List<JoinHop> hops = new ArrayList<>(Relation.of(parent.getValue()).forwardHops());
                hops.addAll(inherited.hops());
                return new PathPart(name, inherited.field(), hops, inherited.relation(), inherited.reverse());
            }
        }
        return null;
    }

    /**
     * Find how the accessor {@code name} (as declared, or its snake_case form
     * such as {@code order_set} for {@code orderSet}) reaches related objects
     * from {@code options}: a reverse relation, or a many-to-many field.
     */
    static Optional<RelatedAccess> access(Options<?> options, String name) {
        String snake = Field.snakeCase(name);
        for (ReverseRelation reverse : options.relatedObjects()) {
            if (!reverse.isHidden() && (reverse.accessorName().equals(name) || reverse.accessorName().equals(snake))) {
                return Optional.of(RelatedAccess.reverse(reverse));
            }
        }
        Field many = options.findManyToMany(name);
        return many == null ? Optional.empty() : Optional.of(RelatedAccess.forwardMany(Relation.of(many)));
    }

    /** Bind every relation holder of {@code instance}, a {@code options} model, to it. */
    static void bindHolders(Options<?> options, Model instance) {
        for (Field field : options.keyFields()) {
            if (field.holder(instance) instanceof Ref<?> ref) {
                ref.bind(instance, field);
            }
        }
        for (Field field : options.manyToMany()) {
            if (field.holder(instance) instanceof Related<?> related) {
                related.bind(instance, RelatedAccess.forwardMany(Relation.of(field)));
            }
        }
        for (Options.Holder holder : options.holders()) {
            Object value = holder.handle().get(instance);
            if (value == null) {
                continue;
            }
            RelatedAccess access = options.reverseAccess(holder.name());
            if (access == null) {
                throw unmatched(options, holder.name());
            }
            boolean one = access.side() == RelatedAccess.Side.REVERSE_ONE;
            if (value instanceof RelatedOne<?> single && one) {
                single.bind(instance, access);
            } else if (value instanceof Related<?> many && !one) {
                many.bind(instance, access);
            } else {
                throw new ImproperlyConfigured(options.model().getSimpleName() + "." + holder.name() + " must be a "
                        + (one ? "RelatedOne" : "Related") + ": the relation " + access.relation() + " is "
                        + (one ? "one-to-one" : "multi-valued") + ".");
            }
        }
    }

    /** Return the error for the holder field {@code name} that matches no relation. */
    static ImproperlyConfigured unmatched(Options<?> options, String name) {
        String model = options.model().getSimpleName();
        return new ImproperlyConfigured(model + "." + name + " is a related manager but no relation reaches " + model
                + " under that name. Reverse accessors: " + options.reverseAccessorNames() + ". Name the field after "
                + "one of them, or set relatedName on the relation.");
    }
}
