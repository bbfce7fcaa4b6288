package dev.reinhardt.db.testapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.fields.CharField;
import dev.reinhardt.db.models.fields.DateTimeField;
import dev.reinhardt.db.models.fields.DecimalField;
import dev.reinhardt.db.models.fields.IntegerField;
import dev.reinhardt.db.models.fields.TextField;
import dev.reinhardt.exceptions.ObjectDoesNotExist;

import java.math.BigDecimal;
import java.time.Instant;

public class Order extends Model {

    public static final Manager<Order> objects = Manager.of(Order.class);

    @CharField(maxLength = 20, dbIndex = true) public String status;
    @CharField(maxLength = 50) public String customer;
    @DecimalField(maxDigits = 10, decimalPlaces = 2) public BigDecimal total;
    @IntegerField public Integer quantity;
    @DateTimeField(autoNowAdd = true) public Instant createdAt;
    @TextField(nullable = true, blank = true) public String note;

    public static final class DoesNotExist extends ObjectDoesNotExist {
        public DoesNotExist(String message) {
            super(Order.class, message);
        }
    }

    public static final class MultipleObjectsReturned extends dev.reinhardt.exceptions.MultipleObjectsReturned {
        public MultipleObjectsReturned(String message) {
            super(Order.class, message);
        }
    }

    public Order() {
    }

    public Order(String status, String customer, String total, int quantity) {
        this.status = status;
        this.customer = customer;
        this.total = new BigDecimal(total);
        this.quantity = quantity;
    }
}
