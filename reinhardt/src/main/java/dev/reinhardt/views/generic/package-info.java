/**
 * Class-based views (Django's {@code django.views.generic}):
 * {@link dev.reinhardt.views.generic.ClassBasedView} dispatching on the
 * method, and {@link dev.reinhardt.views.generic.RedirectView}.
 *
 * <p>Depends on {@code http}, {@code views} and, for redirects to named
 * patterns, {@code urls}.
 */
package dev.reinhardt.views.generic;
