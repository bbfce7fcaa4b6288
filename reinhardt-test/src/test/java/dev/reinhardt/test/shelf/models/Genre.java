package dev.reinhardt.test.shelf.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

/** A genre inside a broader one. */
public class Genre extends Model {

    public static final Manager<Genre> objects = Manager.of(Genre.class);

    @CharField(maxLength = 40) public String name;
    @ForeignKey(to = "self", onDelete = CASCADE, nullable = true, relatedName = "subgenres")
    public final Ref<Genre> parent = new Ref<>();
}
