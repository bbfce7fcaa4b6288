/**
 * JUnit 5 support for Reinhardt projects (Django's {@code django.test}):
 * {@link dev.reinhardt.test.ReinhardtTest} sets up settings, app registry and
 * test databases for a test class and isolates its tests;
 * {@link dev.reinhardt.test.TestCase} counts queries, captures on-commit
 * hooks and overrides settings; {@link dev.reinhardt.test.LiveServerTest}
 * serves the project on a real port.
 *
 * <p>Builds on the framework's public API only; test databases are made
 * here, never in the framework.
 */
package dev.reinhardt.test;
