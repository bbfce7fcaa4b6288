package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.ForeignKey;
import dev.reinhardt.db.models.fields.IntegerField;

import static dev.reinhardt.db.models.fields.OnDelete.CASCADE;
import static dev.reinhardt.db.models.fields.OnDelete.PROTECT;

public class OrderItem extends Model {

    public static final Manager<OrderItem> objects = Manager.of(OrderItem.class);

    @ForeignKey(onDelete = CASCADE, relatedName = "items")
    public final Ref<Order> order = new Ref<>();
    @ForeignKey(onDelete = PROTECT, relatedName = "orderItems")
    public final Ref<Product> product = new Ref<>();
    @IntegerField public Integer quantity;

    public static OrderItem create(Order order, Product product, int quantity) {
        OrderItem item = new OrderItem();
        item.order.set(order);
        item.product.set(product);
        item.quantity = quantity;
        item.save();
        return item;
    }
}
