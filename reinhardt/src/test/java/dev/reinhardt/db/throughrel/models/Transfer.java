package dev.reinhardt.db.throughrel.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

/** A join model with two keys to the source model Club: the buying and the selling club. */
public class Transfer extends Model {

    @ForeignKey(onDelete = CASCADE, relatedName = "+") public final Ref<Club> buyer = new Ref<>();
    @ForeignKey(onDelete = CASCADE, relatedName = "+") public final Ref<Club> seller = new Ref<>();
    @ForeignKey(onDelete = CASCADE, relatedName = "+") public final Ref<Player> player = new Ref<>();
}
