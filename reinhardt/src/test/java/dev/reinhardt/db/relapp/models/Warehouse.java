package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;

/** A model with a natural primary key, so that a foreign key to it can have a literal default. */
public class Warehouse extends Model {

    public static final Manager<Warehouse> objects = Manager.of(Warehouse.class);

    @CharField(maxLength = 10, primaryKey = true) public String code;

    public static Warehouse create(String code) {
        Warehouse warehouse = new Warehouse();
        warehouse.code = code;
        warehouse.save();
        return warehouse;
    }
}
