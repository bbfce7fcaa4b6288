package dev.reinhardt.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Mark a static method of a {@link ReinhardtTest} class that creates rows
 * shared by all its tests (Django's {@code setUpTestData}). It runs once,
 * before the class's tests, inside a transaction rolled back after the last
 * one; each test's own changes are rolled back to that state.
 *
 * <pre>{@code
 * static Product lamp;
 *
 * @SetUpTestData
 * static void createProducts() {
 *     lamp = Product.objects.create(p -> p.name = "Lamp");
 * }
 * }</pre>
 *
 * <p>The rows are rolled back after each test, but the Java objects kept in
 * static fields are not: a test that changes one should not rely on it
 * afterwards (call {@code refreshFromDb()}). Only with {@link Isolation#ROLLBACK}.
 * The method may be an instance method when the class uses
 * {@code @TestInstance(PER_CLASS)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SetUpTestData {
}
