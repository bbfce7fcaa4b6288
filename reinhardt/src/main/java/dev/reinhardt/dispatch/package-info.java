/**
 * Signals (Django's {@code django.dispatch}): decoupled notifications that
 * let apps react to what happens elsewhere, such as a model being saved.
 *
 * <p>Depends on nothing else in Reinhardt.
 */
package dev.reinhardt.dispatch;
