package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Meta;
import dev.reinhardt.exceptions.ObjectDoesNotExist;

/** Declares no manager: inherits both of Animal's, and reloads through the narrowing one. */
@Meta(baseManagerName = "available")
public class Dog extends Animal {

    public static final class DoesNotExist extends ObjectDoesNotExist {
        public DoesNotExist(String message) {
            super(Dog.class, message);
        }
    }
}
