package dev.reinhardt.db.throughrel.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

/** A join model with two keys to the target model Player: the client and the player who referred them. */
public class Representation extends Model {

    @ForeignKey(onDelete = CASCADE, relatedName = "+") public final Ref<Agency> agency = new Ref<>();
    @ForeignKey(onDelete = CASCADE, relatedName = "+") public final Ref<Player> referrer = new Ref<>();
    @ForeignKey(onDelete = CASCADE, relatedName = "+") public final Ref<Player> client = new Ref<>();
}
