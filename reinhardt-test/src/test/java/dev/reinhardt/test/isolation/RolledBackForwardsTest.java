package dev.reinhardt.test.isolation;

import dev.reinhardt.test.Isolation;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.library.settings.LibrarySettings;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;

/** The leak pair, rolled back, in alphabetical order. */
@ReinhardtTest(settings = LibrarySettings.class, isolation = Isolation.ROLLBACK)
@TestMethodOrder(MethodOrderer.MethodName.class)
class RolledBackForwardsTest extends LeakPair {
}
