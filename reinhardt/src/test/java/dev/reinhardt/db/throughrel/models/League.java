package dev.reinhardt.db.throughrel.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.ManyToManyField;

/** Players through a join model with two keys to each side, told apart by throughFields. */
public class League extends Model {

    @ManyToManyField(through = Registration.class, throughFields = {"league", "player"})
    public final Related<Player> players = new Related<>();
}
