package dev.reinhardt.db.clashrel.models;

import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

/** A join model with three keys to the same model and no throughFields to say which two relate. */
public class Introduction extends Model {

    @ForeignKey(onDelete = CASCADE, relatedName = "+") public final Ref<Pal> first = new Ref<>();
    @ForeignKey(onDelete = CASCADE, relatedName = "+") public final Ref<Pal> second = new Ref<>();
    @ForeignKey(onDelete = CASCADE, relatedName = "+") public final Ref<Pal> introducer = new Ref<>();
}
