/** The library's models. */
package dev.reinhardt.test.library.models;
