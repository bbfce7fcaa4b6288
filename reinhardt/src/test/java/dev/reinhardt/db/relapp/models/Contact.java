package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.ManyToManyField;

/**
 * Relations of a model to itself: mutual friendship, one-way following with
 * its reverse side, mutual colleagues through a dated join model, one-way
 * mentoring through a join model with a third key, and one-way blocking
 * without a reverse side.
 */
public class Contact extends Model {

    public static final Manager<Contact> objects = Manager.of(Contact.class);

    @CharField(maxLength = 40) public String name;

    @ManyToManyField(to = "self") public final Related<Contact> friends = new Related<>();
    @ManyToManyField(to = "self", symmetrical = false, relatedName = "followers")
    public final Related<Contact> following = new Related<>();
    @ManyToManyField(through = Colleagueship.class) public final Related<Contact> colleagues = new Related<>();
    @ManyToManyField(through = Mentorship.class, throughFields = {"mentor", "mentee"}, symmetrical = false,
            relatedName = "mentors")
    public final Related<Contact> mentees = new Related<>();
    @ManyToManyField(to = "self", symmetrical = false, relatedName = "+")
    public final Related<Contact> blocked = new Related<>();

    public final Related<Contact> followers = new Related<>();
    public final Related<Contact> mentors = new Related<>();

    public static Contact create(String name) {
        Contact contact = new Contact();
        contact.name = name;
        contact.save();
        return contact;
    }

    @Override
    public String toString() {
        return name;
    }
}
