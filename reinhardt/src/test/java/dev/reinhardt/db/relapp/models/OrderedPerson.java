package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Meta;

/** A proxy: Person's table, its own ordering, manager and behaviour. */
@Meta(proxy = true, ordering = "-name")
public class OrderedPerson extends Person {

    public static final Manager<OrderedPerson> people = Manager.of(OrderedPerson.class);

    public String shout() {
        return name.toUpperCase(java.util.Locale.ROOT);
    }
}
