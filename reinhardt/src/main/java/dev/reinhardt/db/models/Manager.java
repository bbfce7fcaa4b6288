package dev.reinhardt.db.models;

/**
 * The standard manager, returning {@link QuerySet}s:
 * {@code public static final Manager<Order> objects = Manager.of(Order.class);}
 */
public class Manager<T extends Model> extends BaseManager<T, QuerySet<T>> {

    public Manager(Class<T> model) {
        super(model, QuerySet::new);
    }

    /** Return a standard manager of {@code model}. */
    public static <T extends Model> Manager<T> of(Class<T> model) {
        return new Manager<>(model);
    }

    /** Return this manager as {@code child} inherits it; see {@link BaseManager#forModel(Class)}. */
    @Override
    public <C extends T> Manager<C> forModel(Class<C> child) {
        return (Manager<C>) super.forModel(child);
    }
}
