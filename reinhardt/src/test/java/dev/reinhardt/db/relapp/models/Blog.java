package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.TextField;

/** The blog of Django's "Making queries" examples. */
public class Blog extends Model {

    public static final Manager<Blog> objects = Manager.of(Blog.class);

    @CharField(maxLength = 100) public String name;
    @TextField(blank = true) public String tagline = "";

    /** Entry.blog has no relatedName: the accessor is entry_set, written entrySet. */
    public final Related<Entry> entrySet = new Related<>();

    public static Blog create(String name) {
        Blog blog = new Blog();
        blog.name = name;
        blog.save();
        return blog;
    }

    @Override
    public String toString() {
        return name;
    }
}
