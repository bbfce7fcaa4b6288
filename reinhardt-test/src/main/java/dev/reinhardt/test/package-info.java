/**
 * JUnit 5 support for Reinhardt projects (Django's {@code django.test}).
 */
package dev.reinhardt.test;
