package dev.reinhardt.test.shelf.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.OneToOneField;
import dev.reinhardt.db.models.fields.TextField;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

public class Review extends Model {

    public static final Manager<Review> objects = Manager.of(Review.class);

    @OneToOneField(onDelete = CASCADE, relatedName = "review") public final Ref<Novel> novel = new Ref<>();
    @TextField public String text;
}
