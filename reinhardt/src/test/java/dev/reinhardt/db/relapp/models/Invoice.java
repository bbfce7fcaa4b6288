package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.ForeignKey;

import static dev.reinhardt.db.models.fields.OnDelete.PROTECT;

/** An invoiced order cannot be deleted. */
public class Invoice extends Model {

    public static final Manager<Invoice> objects = Manager.of(Invoice.class);

    @CharField(maxLength = 20) public String number;
    @ForeignKey(onDelete = PROTECT, relatedName = "invoices")
    public final Ref<Order> order = new Ref<>();

    public static Invoice create(Order order, String number) {
        Invoice invoice = new Invoice();
        invoice.order.set(order);
        invoice.number = number;
        invoice.save();
        return invoice;
    }

    @Override
    public String toString() {
        return "Invoice " + number;
    }
}
