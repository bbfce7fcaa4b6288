package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.EmailField;

public class Author extends Model {

    public static final Manager<Author> objects = Manager.of(Author.class);

    @CharField(maxLength = 200) public String name;
    @EmailField(maxLength = 100, blank = true) public String email = "";

    public final Related<Entry> entrySet = new Related<>();

    public static Author create(String name) {
        Author author = new Author();
        author.name = name;
        author.save();
        return author;
    }

    @Override
    public String toString() {
        return name;
    }
}
