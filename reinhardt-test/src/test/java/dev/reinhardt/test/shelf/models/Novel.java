package dev.reinhardt.test.shelf.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.ForeignKey;
import dev.reinhardt.db.models.fields.ManyToManyField;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;
import static dev.reinhardt.db.models.fields.OnDelete.PROTECT;

public class Novel extends Model {

    public static final Manager<Novel> objects = Manager.of(Novel.class);

    @CharField(maxLength = 80) public String title;
    @ForeignKey(onDelete = CASCADE, relatedName = "novels") public final Ref<Writer> writer = new Ref<>();
    @ForeignKey(onDelete = PROTECT, nullable = true, relatedName = "novels") public final Ref<Genre> genre = new Ref<>();
    @ManyToManyField(relatedName = "novels") public final Related<Tag> tags = new Related<>();
}
