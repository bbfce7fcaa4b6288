/** The orders app's management commands: {@code manage seed_demo}. */
package shop.orders.management.commands;
