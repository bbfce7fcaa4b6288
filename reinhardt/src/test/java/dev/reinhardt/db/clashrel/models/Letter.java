package dev.reinhardt.db.clashrel.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

public class Letter extends Model {

    @ForeignKey(onDelete = CASCADE) public final Ref<Pen> writer = new Ref<>();
    @ForeignKey(onDelete = CASCADE) public final Ref<Pen> reader = new Ref<>();
}
