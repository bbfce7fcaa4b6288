package dev.reinhardt.test.shelf;

import dev.reinhardt.test.Isolation;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.RequiresPostgres;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;

/** The shelf pair on PostgreSQL, truncated, in alphabetical order. */
@RequiresPostgres
@ReinhardtTest(settings = ShelfSettings.OnPostgres.class, isolation = Isolation.TRUNCATE)
@TestMethodOrder(MethodOrderer.MethodName.class)
class PostgresShelfTruncatedForwardsTest extends ShelfPair {
}
