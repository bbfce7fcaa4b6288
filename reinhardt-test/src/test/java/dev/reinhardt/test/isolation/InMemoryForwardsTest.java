package dev.reinhardt.test.isolation;

import dev.reinhardt.test.Isolation;
import dev.reinhardt.test.ReinhardtTest;
import dev.reinhardt.test.library.settings.MemorySettings;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;

/** The leak pair on in-memory SQLite, rolled back, in alphabetical order. */
@ReinhardtTest(settings = MemorySettings.class, isolation = Isolation.ROLLBACK)
@TestMethodOrder(MethodOrderer.MethodName.class)
class InMemoryForwardsTest extends LeakPair {
}
