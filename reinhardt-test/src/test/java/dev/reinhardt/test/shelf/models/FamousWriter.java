package dev.reinhardt.test.shelf.models;

import dev.reinhardt.db.models.Meta;

/** A proxy: the writers' table, in another order. */
@Meta(proxy = true, ordering = "name")
public class FamousWriter extends Writer {
}
