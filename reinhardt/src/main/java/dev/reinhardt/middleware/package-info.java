/**
 * Reinhardt's built-in middleware (Django's {@code django.middleware}):
 * security headers, the common URL rules, clickjacking protection, gzip,
 * conditional GET, and Server-Timing query counts in debug. List them in the
 * {@code middleware} setting.
 *
 * <p>Depends on {@code core.handlers} for the middleware contract, on
 * {@code conf}, {@code http} and {@code urls}, and on {@code db} for the
 * query capture (never the reverse).
 */
package dev.reinhardt.middleware;
