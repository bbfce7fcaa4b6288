/**
 * The PostgreSQL backend (pgjdbc).
 *
 * <p>Every connection has driver and pool timeouts, so a dead server gives
 * errors and then recovery, never hung threads; sessions use the ISO-8601
 * interval style so durations read back without a driver-specific type.
 */
package dev.reinhardt.db.backends.postgresql;
