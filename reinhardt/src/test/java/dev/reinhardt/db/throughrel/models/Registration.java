package dev.reinhardt.db.throughrel.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

/**
 * A join model with two keys to League and two to Player; the keys the
 * relation uses come second, so only throughFields can pick them.
 */
public class Registration extends Model {

    @ForeignKey(onDelete = CASCADE, relatedName = "+") public final Ref<League> formerLeague = new Ref<>();
    @ForeignKey(onDelete = CASCADE, relatedName = "+") public final Ref<League> league = new Ref<>();
    @ForeignKey(onDelete = CASCADE, relatedName = "+") public final Ref<Player> sponsor = new Ref<>();
    @ForeignKey(onDelete = CASCADE, relatedName = "+") public final Ref<Player> player = new Ref<>();
}
