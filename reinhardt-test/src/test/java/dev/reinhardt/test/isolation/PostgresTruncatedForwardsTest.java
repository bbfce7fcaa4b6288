package dev.reinhardt.test.isolation;

import dev.reinhardt.test.Isolation;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.RequiresPostgres;
import dev.reinhardt.test.library.settings.PostgresSettings;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;

/** The leak pair on PostgreSQL, truncated, in alphabetical order. */
@RequiresPostgres
@ReinhardtTest(settings = PostgresSettings.class, isolation = Isolation.TRUNCATE)
@TestMethodOrder(MethodOrderer.MethodName.class)
class PostgresTruncatedForwardsTest extends LeakPair {
}
