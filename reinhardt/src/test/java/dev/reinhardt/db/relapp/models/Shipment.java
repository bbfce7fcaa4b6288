package dev.reinhardt.db.relapp.models;

import dev.reinhardt.db.models.Manager;
import dev.reinhardt.db.models.Model;
import dev.reinhardt.db.models.Ref;
import dev.reinhardt.db.models.fields.ForeignKey;

import java.util.function.Supplier;

import static dev.reinhardt.db.models.fields.OnDelete.DO_NOTHING;
import static dev.reinhardt.db.models.fields.OnDelete.SET;
import static dev.reinhardt.db.models.fields.OnDelete.SET_DEFAULT;

/** Keys to warehouses with the remaining onDelete choices. */
public class Shipment extends Model {

    public static final Manager<Shipment> objects = Manager.of(Shipment.class);

    @ForeignKey(onDelete = SET_DEFAULT, dbDefault = "MAIN", relatedName = "shipments")
    public final Ref<Warehouse> warehouse = new Ref<>();
    @ForeignKey(onDelete = SET, setTo = Lost.class, nullable = true, relatedName = "returns")
    public final Ref<Warehouse> returnTo = new Ref<>();
    @ForeignKey(onDelete = DO_NOTHING, dbConstraint = false, nullable = true, relatedName = "+")
    public final Ref<Warehouse> origin = new Ref<>();

    /** Where returns go when their warehouse is deleted: the LOST warehouse. */
    public static final class Lost implements Supplier<Object> {
        @Override
        public Object get() {
            return Warehouse.objects.get("code", "LOST");
        }
    }
}
