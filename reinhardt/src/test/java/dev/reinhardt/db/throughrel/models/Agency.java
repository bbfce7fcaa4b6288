package dev.reinhardt.db.throughrel.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.ManyToManyField;

/** Clients through a join model with two keys to Player and no throughFields to say which one is the client. */
public class Agency extends Model {

    @ManyToManyField(through = Representation.class) public final Related<Player> clients = new Related<>();
}
