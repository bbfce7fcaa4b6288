package dev.reinhardt.db.backends.postgresql;

import dev.reinhardt.db.backends.base.Features;

/** PostgreSQL's answers. */
final class PostgresFeatures extends Features {

    @Override
    public boolean streamsOnlyInTransaction() {
        return true;
    }

    @Override
    public boolean supportsSlicingOrderingInCompound() {
        return true;
    }
}
