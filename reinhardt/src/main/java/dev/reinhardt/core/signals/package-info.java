/**
 * The request signals (Django's {@code django.core.signals}), sent by the
 * request handler for every request.
 *
 * <p>Depends on {@code dispatch} and {@code http} only.
 */
package dev.reinhardt.core.signals;
