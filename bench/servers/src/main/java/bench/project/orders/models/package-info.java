/**
 * The orders app's models: the shop's customers, products, orders and order
 * items, on the shop's tables ({@code orders_customer}, {@code orders_product},
 * {@code orders_order}, {@code orders_orderitem}).
 */
package bench.project.orders.models;
