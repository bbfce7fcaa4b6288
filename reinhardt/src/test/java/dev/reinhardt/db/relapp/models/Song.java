package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;
import static dev.reinhardt.db.models.fields.OnDelete.RESTRICT;

/** The song of Django's RESTRICT example: deletable with its artist, not with its album alone. */
public class Song extends Model {

    public static final Manager<Song> objects = Manager.of(Song.class);

    @ForeignKey(onDelete = CASCADE) public final Ref<Artist> artist = new Ref<>();
    @ForeignKey(onDelete = RESTRICT) public final Ref<Album> album = new Ref<>();

    public static Song create(Artist artist, Album album) {
        Song song = new Song();
        song.artist.set(artist);
        song.album.set(album);
        song.save();
        return song;
    }
}
