package dev.reinhardt.db.models;

/**
 * The base class of every model: one class per database table (Django's
 * {@code django.db.models.Model}).
 *
 * <p>A project's models live in its apps' {@code models} packages, where
 * {@code Reinhardt.setup()} finds and registers every concrete subclass.
 */
public abstract class Model {
}
