package dev.reinhardt.db.models;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.testapp.models.Order;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The WHERE clauses lookups compile to: the SQL is the contract. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class LookupSqlTest {

    private static final String T = "\"testapp_order\".";

    @Parameter
    String vendor;

    @BeforeEach
    void setUp() {
        TestDatabases.use(vendor);
    }

    private static String where(QuerySet<Order> orders) {
        String sql = orders.sql().sql();
        return sql.substring(sql.indexOf(" WHERE ") + 7);
    }

    @Test
    void comparisonLookups() {
        assertThat(where(Order.objects.filter("quantity__gte", 2))).isEqualTo(T + "\"quantity\" >= ?");
        assertThat(where(Order.objects.filter("quantity__in", List.of(1, 2)))).isEqualTo(T + "\"quantity\" IN (?, ?)");
        assertThat(where(Order.objects.filter("quantity__range", List.of(1, 2))))
                .isEqualTo(T + "\"quantity\" BETWEEN ? AND ?");
        assertThat(where(Order.objects.filter("note__isnull", false))).isEqualTo(T + "\"note\" IS NOT NULL");
        assertThat(where(Order.objects.filter("note", null))).isEqualTo(T + "\"note\" IS NULL");
    }

    @Test
    void patternLookupsEscapeAndBindTheirValue() {
        Sql sql = Order.objects.filter("customer__icontains", "a%b").sql();
        assertThat(sql.sql()).endsWith("WHERE UPPER(" + T + "\"customer\") LIKE UPPER(?) ESCAPE '\\'");
        assertThat(sql.params()).containsExactly("%a\\%b%");
        Sql contains = Order.objects.filter("customer__contains", "a*").sql();
        if (vendor.equals("sqlite")) {
            assertThat(contains.sql()).endsWith("WHERE " + T + "\"customer\" GLOB ?");
            assertThat(contains.params()).containsExactly("*a[*]*");
        } else {
            assertThat(contains.sql()).endsWith("WHERE " + T + "\"customer\" LIKE ? ESCAPE '\\'");
            assertThat(contains.params()).containsExactly("%a*%");
        }
    }

    @Test
    void qTreesKeepTheirShape() {
        assertThat(where(Order.objects.filter(Q.of("status", "a").or(Q.of("status", "b")).and(Q.of("quantity", 1)))))
                .isEqualTo("((" + T + "\"status\" = ? OR " + T + "\"status\" = ?) AND " + T + "\"quantity\" = ?)");
        assertThat(where(Order.objects.exclude(Q.of("status", "a"), Q.of("quantity", 1))))
                .isEqualTo("NOT (" + T + "\"status\" = ? AND " + T + "\"quantity\" = ?)");
        assertThat(where(Order.objects.exclude("note", "x")))
                .isEqualTo("NOT ((" + T + "\"note\" = ? AND " + T + "\"note\" IS NOT NULL))");
    }

    @Test
    void yearTransformExtractsInTheCurrentTimeZone() {
        String expected = vendor.equals("sqlite")
                ? "reinhardt_datetime_extract('year', " + T + "\"created_at\", 'America/Chicago') = ?"
                : "CAST(EXTRACT(YEAR FROM " + T + "\"created_at\" AT TIME ZONE 'America/Chicago') AS integer) = ?";
        assertThat(where(Order.objects.filter("createdAt__year", 2026))).isEqualTo(expected);
    }

    @Test
    void groupByFollowsValuesBeforeAnnotate() {
        Sql sql = Order.objects.values("status").annotate("n", new Count("id")).sql();
        assertThat(sql.sql()).isEqualTo("SELECT " + T + "\"status\", COUNT(" + T + "\"id\") AS \"n\" FROM "
                + "\"testapp_order\" GROUP BY " + T + "\"status\"");
    }
}
