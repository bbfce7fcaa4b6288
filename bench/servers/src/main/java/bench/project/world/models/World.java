package bench.project.world.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Meta;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.IntegerField;

/** A row of TechEmpower's {@code world} table; the primary key is the implicit {@code id}. */
@Meta(dbTable = "world")
public class World extends Model {

    public static final Manager<World> objects = Manager.of(World.class);

    @IntegerField(dbColumn = "randomnumber")
    public int randomNumber;
}
