/**
 * Models, fields, managers and querysets (Django's {@code django.db.models}).
 *
 * <p>The ORM never depends on the web layer: only on {@code conf}, {@code apps},
 * {@code dispatch} and the leaf packages {@code exceptions} and {@code utils}.
 */
package dev.reinhardt.db.models;
