package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;
import static dev.reinhardt.db.models.fields.OnDelete.SET_NULL;

/** The join model of a one-way relation with three keys to the same model, so it names two in throughFields. */
public class Mentorship extends Model {

    public static final Manager<Mentorship> objects = Manager.of(Mentorship.class);

    @ForeignKey(onDelete = SET_NULL, nullable = true, relatedName = "introductions")
    public final Ref<Contact> introducedBy = new Ref<>();
    @ForeignKey(onDelete = CASCADE, relatedName = "mentorships") public final Ref<Contact> mentor = new Ref<>();
    @ForeignKey(onDelete = CASCADE, relatedName = "menteeships") public final Ref<Contact> mentee = new Ref<>();
}
