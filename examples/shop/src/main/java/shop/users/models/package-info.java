/**
 * The models of the users app: each concrete model class here is registered
 * when the app is installed.
 */
package shop.users.models;
