package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;

/** The artist of Django's RESTRICT example. */
public class Artist extends Model {

    public static final Manager<Artist> objects = Manager.of(Artist.class);

    @CharField(maxLength = 10) public String name;

    public static Artist create(String name) {
        Artist artist = new Artist();
        artist.name = name;
        artist.save();
        return artist;
    }
}
