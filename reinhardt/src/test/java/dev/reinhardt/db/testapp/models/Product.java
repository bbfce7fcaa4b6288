package dev.reinhardt.db.testapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.EmailField;
import dev.reinhardt.db.models.fields.IntegerField;
import dev.reinhardt.db.models.fields.Validator;
import dev.reinhardt.exceptions.ValidationError;

import java.util.Optional;

/** A model with a declared primary key, choices and a custom validator. */
public class Product extends Model {

    public static final Manager<Product> objects = Manager.of(Product.class);

    @CharField(maxLength = 20, primaryKey = true) public String sku;
    @CharField(maxLength = 10) public String name;
    @CharField(maxLength = 5, choices = {"S", "M", "L"}) public String size;
    @IntegerField(validators = Even.class) public Integer stock;
    @EmailField(blank = true) public String contact = "";

    @Override
    public void clean() {
        if ("L".equals(size) && stock != null && stock < 10) {
            throw new ValidationError("Large products need a stock of at least 10.");
        }
    }

    public static final class Even implements Validator {
        @Override
        public Optional<String> validate(Object value) {
            return ((Integer) value) % 2 == 0 ? Optional.empty() : Optional.of("Stock must be even.");
        }
    }
}
