package dev.reinhardt.test.isolation;

import dev.reinhardt.test.Isolation;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.RequiresPostgres;
import dev.reinhardt.test.library.settings.PostgresSettings;
import org.junit.jupiter.api.TestMethodOrder;

/** The leak pair on PostgreSQL, rolled back, in reverse order. */
@RequiresPostgres
@ReinhardtTest(settings = PostgresSettings.class, isolation = Isolation.ROLLBACK)
@TestMethodOrder(LeakPair.ReverseMethodName.class)
class PostgresRolledBackBackwardsTest extends LeakPair {
}
