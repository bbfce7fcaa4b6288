package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;

/** The place of Django's multi-table inheritance example. */
public class Place extends Model {

    public static final Manager<Place> objects = Manager.of(Place.class);

    @CharField(maxLength = 50) public String name;
    @CharField(maxLength = 80) public String address;
}
