package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Meta;

/** Declares a manager of its own and still inherits Animal's, one of which it makes the default. */
@Meta(defaultManagerName = "available")
public class Cat extends Animal {

    public static final Manager<Cat> cats = Manager.of(Cat.class);
}
