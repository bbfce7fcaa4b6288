package dev.reinhardt.test.shelf;

import dev.reinhardt.test.Isolation;
import dev.reinhardt.test.ReinhardtTest;
import org.junit.jupiter.api.TestMethodOrder;

/** The shelf pair on SQLite, truncated, in reverse alphabetical order. */
@ReinhardtTest(settings = ShelfSettings.class, isolation = Isolation.TRUNCATE)
@TestMethodOrder(ShelfPair.ReverseMethodName.class)
class ShelfTruncatedBackwardsTest extends ShelfPair {
}
