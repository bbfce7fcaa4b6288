/**
 * The models of the orders app: each concrete model class here is registered
 * when the app is installed.
 */
package shop.orders.models;
