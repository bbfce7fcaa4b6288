package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.DateField;
import dev.reinhardt.db.models.fields.ForeignKey;
import dev.reinhardt.db.models.fields.IntegerField;
import dev.reinhardt.db.models.fields.ManyToManyField;
import dev.reinhardt.db.models.fields.TextField;

import java.time.LocalDate;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

/** The entry of Django's "Making queries" examples: no relatedName anywhere, so Django's default names apply. */
public class Entry extends Model {

    public static final Manager<Entry> objects = Manager.of(Entry.class);

    @ForeignKey(onDelete = CASCADE) public final Ref<Blog> blog = new Ref<>();
    @CharField(maxLength = 255) public String headline;
    @TextField(blank = true) public String bodyText = "";
    @DateField public LocalDate pubDate;
    @IntegerField public Integer numberOfComments = 0;
    @IntegerField public Integer rating = 0;
    @ManyToManyField public final Related<Author> authors = new Related<>();

    public static Entry create(Blog blog, String headline, LocalDate pubDate) {
        Entry entry = new Entry();
        entry.blog.set(blog);
        entry.headline = headline;
        entry.pubDate = pubDate;
        entry.save();
        return entry;
    }

    @Override
    public String toString() {
        return headline;
    }
}
