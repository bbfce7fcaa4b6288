/**
 * The autoreloader of {@code manage runserver} (Django's {@code autoreload}):
 * the {@link dev.reinhardt.core.server.autoreload.Autoreloader} watches a
 * project's sources, recompiles them in-process when they change, and
 * restarts the server, which runs in a child JVM.
 *
 * <p>Watching uses the OS's file events through {@link java.nio.file.WatchService}
 * (inotify on Linux) and falls back to scanning modification times. The
 * package knows files, {@code javax.tools} and processes only: it neither
 * loads the project's settings nor starts Jetty itself.
 */
package dev.reinhardt.core.server.autoreload;
