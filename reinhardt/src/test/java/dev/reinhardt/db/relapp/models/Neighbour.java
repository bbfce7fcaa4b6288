package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.ManyToManyField;

/**
 * A symmetrical relation that names a reverse side it cannot have: the
 * related name is ignored (and {@code manage check} warns, fields.W345).
 */
public class Neighbour extends Model {

    public static final Manager<Neighbour> objects = Manager.of(Neighbour.class);

    @CharField(maxLength = 40) public String name;

    @ManyToManyField(to = "self", relatedName = "nearby") public final Related<Neighbour> neighbours = new Related<>();

    public static Neighbour create(String name) {
        Neighbour neighbour = new Neighbour();
        neighbour.name = name;
        neighbour.save();
        return neighbour;
    }
}
