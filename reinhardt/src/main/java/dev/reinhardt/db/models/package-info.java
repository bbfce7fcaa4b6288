/**
 * Models, fields, managers and querysets (Django's {@code django.db.models}).
 *
 * <p>Relations are small holder objects, so a lazy load is always a visible
 * call: a foreign key or one-to-one key is a {@link dev.reinhardt.db.models.Ref}
 * ({@code order.customer.get()}, {@code order.customer.id()}); the reverse side
 * of a foreign key and both sides of a many-to-many relation are
 * {@link dev.reinhardt.db.models.Related} managers, declared as fields named
 * after the relation ({@code customer.orders}) or reached by name
 * ({@code customer.related("orders", Order.class)}); the reverse side of a
 * one-to-one key is a {@link dev.reinhardt.db.models.RelatedOne}. Unplanned
 * loads follow the {@link dev.reinhardt.db.models.FetchMode} (peers by default),
 * and a {@link dev.reinhardt.db.models.QueryScope} reports N+1 loads and
 * enforces query budgets for a unit of work such as a request.
 *
 * <p>Managers are static fields of the model ({@link dev.reinhardt.db.models.Manager},
 * {@link dev.reinhardt.db.models.BaseManager}). Custom query methods written
 * once, as default methods of an interface extending
 * {@link dev.reinhardt.db.models.QuerySetMethods}, are callable on the manager
 * and on its querysets alike:
 *
 * <pre>{@code
 * public interface OrderQueries extends QuerySetMethods<Order, OrderQuerySet> {
 *     default OrderQuerySet paid() { return filter("status", "paid"); }
 * }
 * Order.objects.paid().list();                       // on the manager
 * Order.objects.filter("total__gte", 100).paid();    // and on any queryset
 * }</pre>
 *
 * <p>Managers follow Django's inheritance rules: a model inherits the managers
 * of its abstract bases, concrete parents and proxied model that it does not
 * redeclare, each bound to it; reach one declared on an abstract base with
 * {@code Animal.objects.forModel(Dog.class)}. {@code @Meta(defaultManagerName)}
 * and {@code @Meta(baseManagerName)} choose the default and base managers;
 * mistakes stop the project at start-up with the fix in the message.
 *
 * <p>The ORM never depends on the web layer: only on {@code conf}, {@code apps},
 * {@code dispatch} and the leaf packages {@code exceptions} and {@code utils}.
 */
package dev.reinhardt.db.models;
