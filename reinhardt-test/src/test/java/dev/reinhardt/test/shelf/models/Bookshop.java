package dev.reinhardt.test.shelf.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.fields.BooleanField;

/** A multi-table child of a shop. */
public class Bookshop extends Shop {

    public static final Manager<Bookshop> objects = Manager.of(Bookshop.class);

    @BooleanField public Boolean secondHand = false;
}
