package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

/** An abstract base: its fields, relation included, are copied into each concrete subclass. */
public abstract class Tagged extends Model {

    @CharField(maxLength = 20) public String label;
    @ForeignKey(onDelete = CASCADE, nullable = true, relatedName = "%(class)s_items")
    public final Ref<Region> region = new Ref<>();
}
