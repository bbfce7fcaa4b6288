package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.DecimalField;

import java.math.BigDecimal;

public class Product extends Model {

    public static final Manager<Product> objects = Manager.of(Product.class);

    @CharField(maxLength = 20, unique = true) public String sku;
    @CharField(maxLength = 40) public String name;
    @DecimalField(maxDigits = 8, decimalPlaces = 2) public BigDecimal price;

    public static Product create(String sku, String price) {
        Product product = new Product();
        product.sku = sku;
        product.name = "Product " + sku;
        product.price = new BigDecimal(price);
        product.save();
        return product;
    }
}
