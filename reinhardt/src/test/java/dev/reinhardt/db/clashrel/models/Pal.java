package dev.reinhardt.db.clashrel.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.ManyToManyField;

public class Pal extends Model {

    @ManyToManyField(through = Introduction.class) public final Related<Pal> pals = new Related<>();
}
