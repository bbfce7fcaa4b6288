package dev.reinhardt.db.models;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.testapp.models.Order;
import dev.reinhardt.dispatch.Receiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class SignalsTest {

    @Parameter
    String vendor;

    private final List<String> events = new ArrayList<>();
    private final Receiver<ModelSignals.SaveEvent> preSave = (sender, e) -> events.add("preSave " + e.instance().pk());
    private final Receiver<ModelSignals.SaveEvent> postSave = (sender, e) -> events.add("postSave created=" + e.created());
    private final Receiver<ModelSignals.DeleteEvent> preDelete = (sender, e) -> events.add("preDelete " + e.instance().pk());
    private final Receiver<ModelSignals.DeleteEvent> postDelete = (sender, e) -> events.add("postDelete");
    private final Receiver<Model> postInit = (sender, instance) -> events.add("postInit");
    private final Receiver<Class<?>> preInit = (sender, model) -> events.add("preInit " + model.getSimpleName());

    @BeforeEach
    void connect() {
        TestDatabases.use(vendor);
        ModelSignals.preInit.connect(preInit, Order.class);
        ModelSignals.preSave.connect(preSave, Order.class);
        ModelSignals.postSave.connect(postSave, Order.class);
        ModelSignals.preDelete.connect(preDelete, Order.class);
        ModelSignals.postDelete.connect(postDelete, Order.class);
        ModelSignals.postInit.connect(postInit, Order.class);
    }

    @AfterEach
    void disconnect() {
        ModelSignals.preSave.disconnect(preSave, Order.class, null);
        ModelSignals.postSave.disconnect(postSave, Order.class, null);
        ModelSignals.preDelete.disconnect(preDelete, Order.class, null);
        ModelSignals.postDelete.disconnect(postDelete, Order.class, null);
        ModelSignals.postInit.disconnect(postInit, Order.class, null);
        ModelSignals.preInit.disconnect(preInit, Order.class, null);
    }

    @Test
    void saveSendsPreAndPostSaveWithCreated() {
        Order order = new Order("new", "ann", "1.00", 1);
        order.save();
        order.save();
        assertThat(events).containsExactly("preSave null", "postSave created=true", "preSave " + order.pk(),
                "postSave created=false");
    }

    @Test
    void loadingSendsPostInitAndQuerySetDeleteSignalsEachObject() {
        new Order("new", "ann", "1.00", 1).save();
        new Order("new", "bob", "1.00", 1).save();
        events.clear();
        assertThat(Order.objects.all().delete()).isEqualTo(2);
        assertThat(events).hasSize(8);
        assertThat(events.subList(0, 4)).containsExactly("preInit Order", "postInit", "preInit Order", "postInit");
        assertThat(events.subList(4, 6)).allMatch(event -> event.startsWith("preDelete ") && !event.endsWith("null"));
        assertThat(events.subList(6, 8)).containsOnly("postDelete");
    }

    @Test
    void updateAndBulkCreateSendNoSignals() {
        Order.objects.bulkCreate(List.of(new Order("new", "ann", "1.00", 1)));
        Order.objects.all().update("status", "paid");
        assertThat(events).isEmpty();
    }

    @Test
    void instanceDeleteAndCreateSendTheirSignals() {
        Order order = Order.objects.create(o -> {
            o.status = "new";
            o.customer = "ann";
            o.total = java.math.BigDecimal.ONE;
            o.quantity = 1;
        });
        Object pk = order.pk();
        order.delete();
        assertThat(events).containsExactly("preInit Order", "postInit", "preSave null", "postSave created=true",
                "preDelete " + pk, "postDelete");
    }
}
