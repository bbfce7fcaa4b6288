/**
 * Exceptions shared by every layer of Reinhardt (Django's
 * {@code django.core.exceptions}).
 *
 * <p>This package is a leaf: it depends on nothing else in Reinhardt, so the
 * ORM and the web layer can both use it without depending on each other.
 */
package dev.reinhardt.exceptions;
