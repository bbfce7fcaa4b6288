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
 * <p>The ORM never depends on the web layer: only on {@code conf}, {@code apps},
 * {@code dispatch} and the leaf packages {@code exceptions} and {@code utils}.
 */
package dev.reinhardt.db.models;
