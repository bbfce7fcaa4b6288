/**
 * Project settings (Django's {@code django.conf}): the typed {@link dev.reinhardt.conf.Settings}
 * base class, lazy loading from {@code REINHARDT_SETTINGS_MODULE},
 * {@link dev.reinhardt.conf.Env} helpers for reading the environment, and
 * {@link dev.reinhardt.conf.Timezone}, the time zone those settings choose
 * (Django's {@code django.utils.timezone}, which reads them).
 *
 * <p>Depends only on the leaf packages {@code exceptions} and {@code utils}.
 */
package dev.reinhardt.conf;
