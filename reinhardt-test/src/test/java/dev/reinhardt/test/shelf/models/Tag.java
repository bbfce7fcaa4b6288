package dev.reinhardt.test.shelf.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;

public class Tag extends Model {

    public static final Manager<Tag> objects = Manager.of(Tag.class);

    @CharField(maxLength = 20) public String name;
}
