package dev.reinhardt.test.library.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Meta;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.IntegerField;

@Meta(ordering = "title")
public class Book extends Model {

    public static final Manager<Book> objects = Manager.of(Book.class);

    @CharField(maxLength = 100) public String title;
    @IntegerField public Integer pages = 0;
    @CharField(maxLength = 20, dbIndex = true) public String status = "available";

    public static Book create(String title, int pages) {
        return objects.create(book -> {
            book.title = title;
            book.pages = pages;
        });
    }
}
