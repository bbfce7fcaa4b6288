package dev.reinhardt.test;

/** How the tests of a {@link ReinhardtTest} class are kept from seeing each other's rows. */
public enum Isolation {

    /**
     * Each test runs inside a transaction that is rolled back at its end, and
     * the class's {@link SetUpTestData} rows live in an outer transaction rolled
     * back after the class (Django's {@code TestCase}). Fast; the default.
     * Nothing commits, so on-commit hooks never run: capture them with
     * {@link TestCase#captureOnCommitCallbacks(boolean, org.junit.jupiter.api.function.Executable)}.
     * Work done on other threads does not see the test's rows.
     */
    ROLLBACK,

    /**
     * Tests commit for real and every table is emptied after each test
     * (Django's {@code TransactionTestCase}): for code that needs real
     * commits, on-commit hooks, or other threads and servers seeing the rows.
     * Slower; {@link SetUpTestData} is not available.
     */
    TRUNCATE
}
