package dev.reinhardt.test.shelf;

import dev.reinhardt.apps.AppConfig;

/**
 * An app without migrations whose models point at each other every way a
 * test database must cope with: foreign keys (one to its own model, two
 * models pointing at each other), a one-to-one key, a many-to-many field, a
 * multi-table child and a proxy. Its tables are {@code shelf_<model>}.
 */
public final class ShelfConfig extends AppConfig {
}
