/**
 * Servers for a Reinhardt {@link dev.reinhardt.core.handlers.Handler}: the
 * embedded Jetty 12 {@link dev.reinhardt.core.server.EmbeddedServer} on
 * virtual threads, the {@link dev.reinhardt.core.server.JettyAdapter} it
 * uses, and {@link dev.reinhardt.core.server.ReinhardtServlet} for any
 * Jakarta Servlet container.
 *
 * <p>With its sub-package {@code autoreload} (the supervisor that recompiles
 * and restarts {@code runserver}'s child JVM on source edits), the only
 * place that knows Jetty or servlets; the handler core stays server-neutral.
 */
package dev.reinhardt.core.server;
