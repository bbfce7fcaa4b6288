package dev.reinhardt.db.backends.postgresql;

import dev.reinhardt.db.backends.base.Features;

/** PostgreSQL's answers. */
final class PostgresFeatures extends Features {

    @Override
    public boolean streamsOnlyInTransaction() {
        return true;
    }

    /** The wire protocol counts parameters in 16 bits. */
    @Override
    public int maxQueryParams() {
        return 65_535;
    }

    @Override
    public boolean supportsSlicingOrderingInCompound() {
        return true;
    }
}
