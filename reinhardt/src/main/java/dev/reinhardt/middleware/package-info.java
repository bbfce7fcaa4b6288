/**
 * Reinhardt's built-in middleware (Django's {@code django.middleware}):
 * security headers, the common URL rules, clickjacking protection, gzip and
 * conditional GET. List them in the {@code middleware} setting.
 *
 * <p>Depends on {@code core.handlers} for the middleware contract, and on
 * {@code conf}, {@code http} and {@code urls}.
 */
package dev.reinhardt.middleware;
