package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.relapp.models.Customer;
import dev.reinhardt.db.relapp.models.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A repeated {@code selectRelated} shape, compiled once, still builds each row's own related objects. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class SelectRelatedCacheTest {

    @Parameter
    String vendor;

    DatabaseWrapper connection;

    @BeforeEach
    void setUp() {
        connection = RelDatabases.use(vendor);
        connection.compiledSql().clear();
        Region north = Region.named("North");
        Region south = Region.named("South");
        Customer.create("ann@example.com", "IN", north);
        Customer.create("bob@example.com", "FR", south);
        Customer.create("cid@example.com", "IN", null);
    }

    private List<String> regionsOf(String country) {
        return Customer.objects.selectRelated("region").filter("country", country).list().stream()
                .map(customer -> customer.region.isCached() && customer.region.get() != null
                        ? customer.name + ":" + customer.region.get().name : customer.name + ":-")
                .toList();
    }

    @Test
    void eachRunOfTheShapeJoinsItsOwnRowsRelatedObjects() {
        try (var queries = connection.captureQueries()) {
            assertThat(regionsOf("IN")).containsExactly("ann:North", "cid:-");
            assertThat(regionsOf("FR")).containsExactly("bob:South");
            assertThat(regionsOf("IN")).containsExactly("ann:North", "cid:-");
            assertThat(queries.queries()).hasSize(3);
        }
        assertThat(connection.compiledSql().size()).isEqualTo(1);
    }
}
