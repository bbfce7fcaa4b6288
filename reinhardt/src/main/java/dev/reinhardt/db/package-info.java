/**
 * Database access (Django's {@code django.db}): {@link dev.reinhardt.db.Connections}
 * holds one {@link dev.reinhardt.db.backends.base.DatabaseWrapper} per alias of
 * the {@code databases} setting.
 *
 * <p>Depends on {@code conf} and the backends; never on the web layer.
 */
package dev.reinhardt.db;
