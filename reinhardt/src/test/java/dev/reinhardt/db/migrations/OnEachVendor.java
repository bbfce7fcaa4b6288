package dev.reinhardt.db.migrations;

import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.migrations.MigrationTestSupport.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every test of a subclass once on SQLite and once on PostgreSQL, each
 * against an empty database of that vendor in {@link #connection}, closed
 * after the test (after the subclass's own {@code @AfterEach} methods).
 */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
abstract class OnEachVendor {

    @Parameter
    String vendor;

    TestDb db;
    DatabaseWrapper connection;

    @BeforeEach
    void openDatabase() {
        db = MigrationTestSupport.open(vendor);
        connection = db.connection();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }
}
