package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.OneToOneField;
import dev.reinhardt.db.models.fields.TextField;
import dev.reinhardt.exceptions.ObjectDoesNotExist;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

public class Profile extends Model {

    public static final Manager<Profile> objects = Manager.of(Profile.class);

    @OneToOneField(onDelete = CASCADE, relatedName = "profile")
    public final Ref<Customer> customer = new Ref<>();
    @TextField(blank = true) public String bio = "";

    public static final class DoesNotExist extends ObjectDoesNotExist {
        public DoesNotExist(String message) {
            super(Profile.class, message);
        }
    }
}
