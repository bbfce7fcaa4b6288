package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.fields.BooleanField;
import dev.reinhardt.exceptions.ObjectDoesNotExist;

/** A multi-table child: its own table holds these fields and a link to its place. */
public class Restaurant extends Place {

    public static final Manager<Restaurant> objects = Manager.of(Restaurant.class);

    @BooleanField public Boolean servesHotDogs = false;
    @BooleanField public Boolean servesPizza = false;

    public static final class DoesNotExist extends ObjectDoesNotExist {
        public DoesNotExist(String message) {
            super(Restaurant.class, message);
        }
    }
}
