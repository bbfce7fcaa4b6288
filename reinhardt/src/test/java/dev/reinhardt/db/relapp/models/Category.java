package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.Related;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;

/** A tree: a foreign key to the model itself, declared by name. */
public class Category extends Model {

    public static final Manager<Category> objects = Manager.of(Category.class);

    @CharField(maxLength = 40) public String name;
    @ForeignKey(to = "self", onDelete = CASCADE, nullable = true, relatedName = "children")
    public final Ref<Category> parent = new Ref<>();

    public final Related<Category> children = new Related<>();

    public static Category create(String name, Category parent) {
        Category category = new Category();
        category.name = name;
        category.parent.set(parent);
        category.save();
        return category;
    }
}
