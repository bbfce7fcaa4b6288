/**
 * Project settings (Django's {@code django.conf}): the typed {@link dev.reinhardt.conf.Settings}
 * base class, lazy loading from {@code REINHARDT_SETTINGS_MODULE}, and
 * {@link dev.reinhardt.conf.Env} helpers for reading the environment.
 *
 * <p>Depends only on the leaf packages {@code exceptions} and {@code utils}.
 */
package dev.reinhardt.conf;
