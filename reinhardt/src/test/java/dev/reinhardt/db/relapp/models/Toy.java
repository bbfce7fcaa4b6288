package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

/** Points at a cat and a dog, whose base managers differ. */
public class Toy extends Model {

    public static final Manager<Toy> objects = Manager.of(Toy.class);

    @CharField(maxLength = 40) public String name;
    @ForeignKey(onDelete = CASCADE, nullable = true, relatedName = "toys") public final Ref<Cat> cat = new Ref<>();
    @ForeignKey(onDelete = CASCADE, nullable = true, relatedName = "toys") public final Ref<Dog> dog = new Ref<>();
}
