package dev.reinhardt.db.models;

import java.util.List;

/**
 * How {@link Model#save(SaveOptions)} saves: the database, the fields an
 * UPDATE is limited to, and whether an INSERT or UPDATE is forced.
 *
 * @param using        the database alias, or null for the instance's own or the default
 * @param updateFields the fields to write on UPDATE, or null for all
 * @param forceInsert  whether to INSERT even when the instance has a primary key
 */
public record SaveOptions(String using, List<String> updateFields, boolean forceInsert) {

    /** Save to the instance's database with every field. */
    public static final SaveOptions DEFAULT = new SaveOptions(null, null, false);

    /** Return options saving to the database {@code alias}. */
    public static SaveOptions using(String alias) {
        return new SaveOptions(alias, null, false);
    }

    /** Return options limiting the UPDATE to {@code fields}. */
    public static SaveOptions updateFields(String... fields) {
        return new SaveOptions(null, List.of(fields), false);
    }

    /** Return a copy that writes to {@code alias}. */
    public SaveOptions withUsing(String alias) {
        return new SaveOptions(alias, updateFields, forceInsert);
    }

    /** Return a copy that always inserts. */
    public SaveOptions withForceInsert() {
        return new SaveOptions(using, updateFields, true);
    }
}
