package dev.reinhardt.db.badrel.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

public class Orphan extends Model {

    @ForeignKey(to = "Ophan", onDelete = CASCADE) public final Ref<Model> parent = new Ref<>();
}
