/**
 * The system check framework (Django's {@code django.core.checks}): checks are
 * functions that return {@link dev.reinhardt.core.checks.CheckMessage}s with
 * stable ids; {@code manage check} runs them and fails on errors.
 */
package dev.reinhardt.core.checks;
