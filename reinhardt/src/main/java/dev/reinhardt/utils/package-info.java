/**
 * Small helpers used across Reinhardt (Django's {@code django.utils}).
 *
 * <p>A leaf package: it depends on nothing else in Reinhardt.
 */
package dev.reinhardt.utils;
