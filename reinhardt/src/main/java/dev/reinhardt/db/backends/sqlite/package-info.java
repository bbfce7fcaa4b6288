/**
 * The SQLite backend (xerial sqlite-jdbc): the embedded default.
 *
 * <p>Date-times are stored as ISO-8601 text in UTC and converted with
 * {@code java.time} here, never through the driver's timestamp conversion,
 * which misreads fractional seconds. Files use WAL and a busy timeout, and
 * transactions open with {@code BEGIN IMMEDIATE} so a read-then-write
 * transaction never fails with {@code SQLITE_BUSY} half-way.
 */
package dev.reinhardt.db.backends.sqlite;
