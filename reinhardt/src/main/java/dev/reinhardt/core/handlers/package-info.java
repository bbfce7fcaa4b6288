/**
 * The server-neutral request path (Django's {@code django.core.handlers}):
 * the {@link dev.reinhardt.core.handlers.Handler} function type,
 * {@link dev.reinhardt.core.handlers.Middleware}, and the
 * {@link dev.reinhardt.core.handlers.ProjectHandler} that builds the
 * middleware chain and URL resolver once and turns exceptions into error
 * responses (technical pages when {@code debug}).
 *
 * <p>Knows nothing of Jetty or servlets: {@code core.server} adapts servers
 * to it. Depends on {@code conf}, {@code http}, {@code urls}, {@code views}
 * and {@code core.signals}.
 */
package dev.reinhardt.core.handlers;
