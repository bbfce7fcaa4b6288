/**
 * The app registry (Django's {@code django.apps}): {@link dev.reinhardt.apps.AppConfig}
 * describes one installed app, {@link dev.reinhardt.apps.Apps} holds them all with their models.
 *
 * <p>Depends only on the leaf packages {@code exceptions} and {@code utils};
 * models are plain classes here, so the ORM can depend on this package and
 * not the other way round.
 */
package dev.reinhardt.apps;
