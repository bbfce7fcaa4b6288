/**
 * The orders app's JSON API: the order list written the planned way (three
 * queries whatever the page size) and the naive way (plain loops, batched
 * by the ORM's peer fetching), one order, and placing an order.
 */
package shop.orders.views;
