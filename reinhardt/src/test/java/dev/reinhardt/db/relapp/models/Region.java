package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.CharField;

public class Region extends Model {

    public static final Manager<Region> objects = Manager.of(Region.class);

    @CharField(maxLength = 40) public String name;

    public final Related<Customer> customers = new Related<>();

    public static Region named(String name) {
        Region region = new Region();
        region.name = name;
        region.save();
        return region;
    }
}
