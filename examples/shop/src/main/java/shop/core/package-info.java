/**
 * The shop's project-wide web code that belongs to no app: the home page,
 * the health checks and the shop's own middleware.
 */
package shop.core;
