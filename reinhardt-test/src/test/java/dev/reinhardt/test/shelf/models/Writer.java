package dev.reinhardt.test.shelf.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.SET_NULL;

/** A writer and the novel they are best known for: writers and novels point at each other. */
public class Writer extends Model {

    public static final Manager<Writer> objects = Manager.of(Writer.class);

    @CharField(maxLength = 60) public String name;
    @ForeignKey(to = "Novel", onDelete = SET_NULL, nullable = true, relatedName = "+")
    public final Ref<Novel> bestKnownFor = new Ref<>();
}
