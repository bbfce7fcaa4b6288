package dev.reinhardt.test.shelf.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;

/** The parent of a multi-table child. */
public class Shop extends Model {

    public static final Manager<Shop> objects = Manager.of(Shop.class);

    @CharField(maxLength = 40) public String name;
}
