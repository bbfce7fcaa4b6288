/** The users app's JSON API: the active users, and one user by id. */
package shop.users.views;
