/**
 * The test client (Django's {@code django.test.Client}) and
 * {@code RequestFactory}: requests through the project's whole middleware
 * stack in-process, without sockets, and requests built for calling a view
 * directly.
 *
 * <p>Depends on the framework's {@code http}, {@code core.handlers} and
 * {@code conf} packages only.
 */
package dev.reinhardt.test.client;
