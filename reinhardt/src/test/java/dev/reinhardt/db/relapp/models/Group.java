package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.ManyToManyField;

/** A many-to-many relation through an explicit model holding extra fields. */
public class Group extends Model {

    public static final Manager<Group> objects = Manager.of(Group.class);

    @CharField(maxLength = 128) public String name;
    @ManyToManyField(through = Membership.class) public final Related<Person> members = new Related<>();

    public static Group create(String name) {
        Group group = new Group();
        group.name = name;
        group.save();
        return group;
    }

    @Override
    public String toString() {
        return name;
    }
}
