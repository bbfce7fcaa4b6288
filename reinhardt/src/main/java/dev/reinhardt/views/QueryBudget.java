package dev.reinhardt.views;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most SQL statements one request to a view may run: the per-request
 * query count as a deployment gate. Over budget, a request fails in
 * {@code debug} (and inside a strict {@code QueryScope}, as tests open) and
 * logs a warning naming the endpoint otherwise.
 *
 * <pre>{@code
 * @QueryBudget(3)
 * public class OrderList extends ClassBasedView { ... }
 *
 * path("orders/", Decorators.queryBudget(3, Orders::list), "orders")   // a function view
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface QueryBudget {

    /** The most statements a request may run. */
    int value();
}
