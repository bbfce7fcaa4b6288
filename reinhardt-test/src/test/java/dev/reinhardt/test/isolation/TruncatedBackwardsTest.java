package dev.reinhardt.test.isolation;

import dev.reinhardt.test.Isolation;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.library.settings.LibrarySettings;
import org.junit.jupiter.api.TestMethodOrder;

/** The leak pair, truncated, in reverse order. */
@ReinhardtTest(settings = LibrarySettings.class, isolation = Isolation.TRUNCATE)
@TestMethodOrder(LeakPair.ReverseMethodName.class)
class TruncatedBackwardsTest extends LeakPair {
}
