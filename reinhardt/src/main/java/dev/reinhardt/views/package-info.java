/**
 * Views (Django's {@code django.views}): the {@link dev.reinhardt.views.View}
 * function type, {@link dev.reinhardt.views.ErrorView} for error pages, and
 * the method-restricting {@link dev.reinhardt.views.Decorators}. Class-based
 * views live in {@code views.generic}.
 *
 * <p>Depends on {@code http} only; never on the handler or the server.
 */
package dev.reinhardt.views;
