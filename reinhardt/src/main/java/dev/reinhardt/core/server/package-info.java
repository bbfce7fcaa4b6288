/**
 * Servers for a Reinhardt {@link dev.reinhardt.core.handlers.Handler}: the
 * embedded Jetty 12 {@link dev.reinhardt.core.server.EmbeddedServer} on
 * virtual threads, the {@link dev.reinhardt.core.server.JettyAdapter} it
 * uses, and {@link dev.reinhardt.core.server.ReinhardtServlet} for any
 * Jakarta Servlet container.
 *
 * <p>The only package that knows Jetty or servlets. The management
 * commands (runserver) and the autoreloader live elsewhere and use it.
 */
package dev.reinhardt.core.server;
