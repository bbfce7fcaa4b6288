package dev.reinhardt.db.throughrel.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.ManyToManyField;

/** Signings through a join model with two keys to Club and no throughFields to say which one signs. */
public class Club extends Model {

    @ManyToManyField(through = Transfer.class) public final Related<Player> signings = new Related<>();
}
