/**
 * The core signals (Django's {@code django.core.signals}): the request
 * signals, sent by the request handler for every request, and
 * {@code settingChanged}, sent by the test tools when they override settings.
 *
 * <p>Depends on {@code dispatch}, {@code conf} and {@code http} only.
 */
package dev.reinhardt.core.signals;
