package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

/** The album of Django's RESTRICT example. */
public class Album extends Model {

    public static final Manager<Album> objects = Manager.of(Album.class);

    @ForeignKey(onDelete = CASCADE) public final Ref<Artist> artist = new Ref<>();

    public static Album create(Artist artist) {
        Album album = new Album();
        album.artist.set(artist);
        album.save();
        return album;
    }
}
