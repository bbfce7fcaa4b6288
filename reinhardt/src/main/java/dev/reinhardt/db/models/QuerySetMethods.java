package dev.reinhardt.db.models;

/**
 * The chaining calls that a manager and its querysets both answer, so that
 * custom query methods written once reach both (Django's
 * {@code QuerySet.as_manager()} and {@code Manager.from_queryset()}): write
 * them as default methods of an interface extending this one, and let the
 * queryset and the manager implement it.
 *
 * <pre>{@code
 * public interface PersonQueries extends QuerySetMethods<Person, PersonQuerySet> {
 *     default PersonQuerySet authors() { return filter("role", "A"); }
 *     default PersonQuerySet editors() { return filter("role", "E"); }
 * }
 *
 * public static final class PersonQuerySet extends BaseQuerySet<Person, PersonQuerySet> implements PersonQueries {
 *     public PersonQuerySet(QuerySetState<Person> state) { super(state, PersonQuerySet::new); }
 *     public PersonQuerySet withoutEmail() { return filter("email", ""); }   // queryset only
 * }
 *
 * public static final class PersonManager extends BaseManager<Person, PersonQuerySet> implements PersonQueries {
 *     PersonManager() { super(Person.class, PersonQuerySet::new); }
 * }
 *
 * public static final PersonManager people = new PersonManager();
 *
 * Person.people.authors().list();                        // on the manager
 * Person.people.filter("lastName", "Ng").editors();      // and on every queryset it returns
 * Person.people.all().withoutEmail();                    // queryset-only methods need a queryset first
 * }</pre>
 *
 * <p>Which methods reach the manager follows Django's rules in Java's terms:
 * the interface's methods are public and reach both; a method declared on the
 * queryset class alone stays on the queryset (Django's {@code queryset_only = True});
 * a private interface method is a helper that neither exposes. Called on a
 * manager, a custom method starts from the manager's {@link BaseManager#getQuerySet()},
 * so a manager that narrows its queryset narrows its custom methods too.
 *
 * @param <T> the model
 * @param <S> the queryset type the calls return
 */
public interface QuerySetMethods<T extends Model, S extends BaseQuerySet<T, S>> {

    /** Return every object: a manager's starting queryset, or a copy of this queryset. */
    S all();

    /** See {@link AbstractQuerySet#filter(String, Object)}. */
    S filter(String path, Object value);

    /** See {@link AbstractQuerySet#filter(Q...)}. */
    S filter(Q... conditions);

    /** See {@link AbstractQuerySet#exclude(String, Object)}. */
    S exclude(String path, Object value);

    /** See {@link AbstractQuerySet#exclude(Q...)}. */
    S exclude(Q... conditions);

    /** See {@link AbstractQuerySet#orderBy(String...)}. */
    S orderBy(String... names);

    /** See {@link AbstractQuerySet#annotate(String, Expression)}. */
    S annotate(String alias, Expression expression);

    /** See {@link BaseQuerySet#selectRelated(String...)}. */
    S selectRelated(String... paths);

    /** See {@link BaseQuerySet#prefetchRelated(String...)}. */
    S prefetchRelated(String... lookups);
}
