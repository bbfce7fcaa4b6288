package dev.reinhardt.test.isolation;

import dev.reinhardt.test.Isolation;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.library.settings.MemorySettings;
import org.junit.jupiter.api.TestMethodOrder;

/** The leak pair on in-memory SQLite, truncated, in reverse order. */
@ReinhardtTest(settings = MemorySettings.class, isolation = Isolation.TRUNCATE)
@TestMethodOrder(LeakPair.ReverseMethodName.class)
class InMemoryTruncatedBackwardsTest extends LeakPair {
}
