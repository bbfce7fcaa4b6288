package dev.reinhardt.db.relapp;

import dev.reinhardt.db.RelDatabases;
import dev.reinhardt.db.backends.base.CapturedQuery;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.QueryCapture;
import dev.reinhardt.db.relapp.models.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A prefetch over more keys than one statement may bind splits its IN list. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class PrefetchChunkingTest {

    @Parameter
    String vendor;

    @Test
    void keysBeyondTheBackendsParameterLimitAreSplitIntoSeveralQueries() {
        DatabaseWrapper connection = RelDatabases.use(vendor);
        int limit = connection.features().maxQueryParams();
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            Customer customer = new Customer();
            customer.email = "c" + i + "@example.com";
            customer.name = "c" + i;
            customer.country = "IN";
            customers.add(customer);
        }
        Customer.objects.bulkCreate(customers);
        try (QueryCapture capture = connection.captureQueries()) {
            List<Customer> loaded = Customer.objects.prefetchRelated("orders").list();
            assertThat(loaded).hasSize(limit).allSatisfy(c -> assertThat(c.orders.count()).isZero());
            List<CapturedQuery> queries = capture.queries();
            assertThat(queries).hasSize(3);
            assertThat(queries.subList(1, 3)).allSatisfy(query ->
                    assertThat(query.params().size()).isLessThan(limit));
            assertThat(queries.get(1).params().size() + queries.get(2).params().size()).isEqualTo(limit);
        }
    }
}
