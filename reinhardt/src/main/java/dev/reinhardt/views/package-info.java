/**
 * Views (Django's {@code django.views}): the method-restricting
 * {@link dev.reinhardt.views.Decorators}; class-based views live in
 * {@code views.generic}.
 *
 * <p>The view function types themselves, {@link dev.reinhardt.http.View} and
 * {@link dev.reinhardt.http.ErrorView}, live in {@code http} so that
 * {@code urls} can hold views without depending on this package, while
 * generic views here may call {@code urls} to reverse names.
 *
 * <p>Depends on {@code http} and {@code urls}; never on the handler or the server.
 */
package dev.reinhardt.views;
