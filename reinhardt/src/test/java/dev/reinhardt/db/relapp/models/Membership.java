package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.DateField;
import dev.reinhardt.db.models.fields.ForeignKey;

import java.time.LocalDate;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

public class Membership extends Model {

    public static final Manager<Membership> objects = Manager.of(Membership.class);

    @ForeignKey(onDelete = CASCADE) public final Ref<Person> person = new Ref<>();
    @ForeignKey(onDelete = CASCADE) public final Ref<Group> group = new Ref<>();
    @DateField public LocalDate dateJoined;
    @CharField(maxLength = 64, blank = true) public String inviteReason = "";
}
