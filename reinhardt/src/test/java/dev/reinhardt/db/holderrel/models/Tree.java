package dev.reinhardt.db.holderrel.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

public class Tree extends Model {

    @ForeignKey(to = "self", onDelete = CASCADE, nullable = true, relatedName = "branches")
    public final Ref<Tree> trunk = new Ref<>();
    public final Related<Tree> twigs = new Related<>();
}
