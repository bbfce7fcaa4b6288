package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.models.sql.Query;

/**
 * How the objects related to an instance are reached through one relation,
 * from one side: the reverse side of a foreign key or one-to-one key, or
 * either side of a many-to-many relation. Immutable.
 *
 * @param relation the relation
 * @param side     which side the instance is on
 */
record RelatedAccess(Relation relation, Side side) {

    /** The side of the relation the instance holding the manager is on. */
    enum Side {
        /** The target of a foreign key: {@code customer.orders}. */
        REVERSE_KEY,
        /** The target of a one-to-one key: {@code place.restaurant}. */
        REVERSE_ONE,
        /** The declaring side of a many-to-many relation: {@code entry.authors}. */
        FORWARD_MANY,
        /** The target of a many-to-many relation: {@code author.entries}. */
        REVERSE_MANY
    }

    static RelatedAccess forwardMany(Relation relation) {
        return new RelatedAccess(relation, Side.FORWARD_MANY);
    }

    static RelatedAccess reverse(ReverseRelation reverse) {
        Relation relation = reverse.relation();
        Side side = switch (relation.type()) {
            case FOREIGN_KEY -> Side.REVERSE_KEY;
            case ONE_TO_ONE -> Side.REVERSE_ONE;
            case MANY_TO_MANY -> Side.REVERSE_MANY;
        };
        return new RelatedAccess(relation, side);
    }

    /** Return the model of the related objects. */
    Options<?> relatedOptions() {
        return side == Side.FORWARD_MANY ? relation.targetOptions() : relation.owner();
    }

    /** Return the name the relation has on the instance's side: the accessor, or the field name. */
    String accessorName() {
        return side == Side.FORWARD_MANY ? relation.field().name() : relation.accessorName();
    }

    /** Return whether this side of a many-to-many relation is the target's. */
    boolean isManyToMany() {
        return side == Side.FORWARD_MANY || side == Side.REVERSE_MANY;
    }

    /** Return the field on the instance's model whose value the related rows refer to. */
    Field ownerKeyField() {
        return switch (side) {
            case REVERSE_KEY, REVERSE_ONE -> relation.targetField();
            case FORWARD_MANY -> Relation.of(relation.throughSource()).targetField();
            case REVERSE_MANY -> Relation.of(relation.throughTarget()).targetField();
        };
    }

    /** Return the key of {@code owner} the related rows refer to, or null while it has none. */
    Object ownerKey(Model owner) {
        return ownerKeyField().get(owner);
    }

    /** Return the lookup path from a related object back to the instance. */
    String pathToOwner() {
        return side == Side.FORWARD_MANY ? relation.queryName() : relation.field().name();
    }

    /** Return the join-table key pointing at the instance's side (many-to-many only). */
    Field throughOwnerKey() {
        return side == Side.FORWARD_MANY ? relation.throughSource() : relation.throughTarget();
    }

    /** Return the join-table key pointing at the related side (many-to-many only). */
    Field throughRelatedKey() {
        return side == Side.FORWARD_MANY ? relation.throughTarget() : relation.throughSource();
    }

    /** Return the plan of the related objects of {@code owner}: the related model's default manager, narrowed. */
    Query ownerQuery(Model owner) {
        Object key = ownerKey(owner);
        if (key == null) {
            throw Related.noKey(owner);
        }
        Query query = relatedOptions().defaultManager().getQuerySet().query();
        query.addQ(Q.of(pathToOwner(), key));
        if (side == Side.REVERSE_KEY || side == Side.REVERSE_ONE) {
            query.addKnownRelated(relation.field(), key, owner);
        }
        return query;
    }

    /** Return the related objects of {@code owner} as a queryset on the owner's database. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    <T extends Model> QuerySet<T> query(Model owner) {
        Options<T> options = (Options<T>) relatedOptions();
        QuerySet<T> queryset = new QuerySet<>(new QuerySetState<>(options, ownerQuery(owner), owner.state().db()));
        FetchMode mode = owner.state().fetchMode();
        return mode == null ? queryset : queryset.fetchMode(mode);
    }

    @Override
    public String toString() {
        return relatedOptions().model().getSimpleName() + " via " + relation + " (" + side + ")";
    }
}
