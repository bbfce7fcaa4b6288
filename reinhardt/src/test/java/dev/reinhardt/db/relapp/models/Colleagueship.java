package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.DateField;
import dev.reinhardt.db.models.fields.ForeignKey;

import java.time.LocalDate;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

/** The join model of a symmetrical relation: one row each way, both with the same date. */
public class Colleagueship extends Model {

    public static final Manager<Colleagueship> objects = Manager.of(Colleagueship.class);

    @ForeignKey(onDelete = CASCADE, relatedName = "+") public final Ref<Contact> first = new Ref<>();
    @ForeignKey(onDelete = CASCADE, relatedName = "colleagueshipsJoined") public final Ref<Contact> second = new Ref<>();
    @DateField(nullable = true) public LocalDate since;
}
