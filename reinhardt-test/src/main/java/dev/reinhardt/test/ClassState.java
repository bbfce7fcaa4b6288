package dev.reinhardt.test;

import dev.reinhardt.apps.Apps;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.DatabaseWrapper.RollbackBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the extension sets up for one test class: its settings, registry and
 * test databases, and with {@link Isolation#ROLLBACK} the transaction that
 * holds its {@link SetUpTestData} rows. A {@code @Nested} class shares its
 * enclosing class's databases and opens a savepoint inside its transaction.
 */
final class ClassState {

    final Class<?> testClass;
    final ClassState enclosing;
    /** The settings the class's overrides apply to, restored when the class ends. */
    final Settings outerSettings;
    final Settings settings;
    final Map<String, Object> overrides;
    final Apps apps;
    final TestDatabases databases;
    final Isolation isolation;
    final Thread thread = Thread.currentThread();
    private final List<RollbackBlock> blocks = new ArrayList<>();
    /** The settings of the test running now (set on the top-level class), for the live server's threads. */
    volatile Settings currentSettings;

    ClassState(Class<?> testClass, ClassState enclosing, Settings outerSettings, Settings settings,
               Map<String, Object> overrides, Apps apps, TestDatabases databases, Isolation isolation) {
        this.testClass = testClass;
        this.enclosing = enclosing;
        this.outerSettings = outerSettings;
        this.settings = settings;
        this.overrides = overrides;
        this.apps = apps;
        this.databases = databases;
        this.isolation = isolation;
        this.currentSettings = settings;
    }

    /** Open a rollback block on every alias (on this thread). */
    void openBlocks() {
        blocks.addAll(open(databases));
    }

    /** Roll back the blocks opened by {@link #openBlocks()}, innermost first; throw the first failure after trying all. */
    void closeBlocks() {
        close(blocks);
    }

    static List<RollbackBlock> open(TestDatabases databases) {
        List<RollbackBlock> opened = new ArrayList<>();
        try {
            for (DatabaseWrapper connection : databases.wrappers()) {
                opened.add(connection.enterRollbackBlock());
            }
        } catch (RuntimeException e) {
            close(opened);
            throw e;
        }
        return opened;
    }

    static void close(List<RollbackBlock> blocks) {
        RuntimeException first = null;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            try {
                blocks.get(i).close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        blocks.clear();
        if (first != null) {
            throw first;
        }
    }
}
