package dev.reinhardt.test.shelf;

import dev.reinhardt.test.Isolation;
import dev.reinhardt.test.ReinhardtTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;

/** The shelf pair on SQLite, truncated, in alphabetical order. */
@ReinhardtTest(settings = ShelfSettings.class, isolation = Isolation.TRUNCATE)
@TestMethodOrder(MethodOrderer.MethodName.class)
class ShelfTruncatedForwardsTest extends ShelfPair {
}
