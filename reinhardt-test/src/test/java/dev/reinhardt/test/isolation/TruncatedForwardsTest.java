package dev.reinhardt.test.isolation;

import dev.reinhardt.test.Isolation;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.library.settings.LibrarySettings;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;

/** The leak pair, truncated, in alphabetical order. */
@ReinhardtTest(settings = LibrarySettings.class, isolation = Isolation.TRUNCATE)
@TestMethodOrder(MethodOrderer.MethodName.class)
class TruncatedForwardsTest extends LeakPair {
}
