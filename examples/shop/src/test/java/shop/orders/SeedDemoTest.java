package shop.orders;

import dev.reinhardt.core.management.ManagementUtility;
import dev.reinhardt.test.ReinhardtTest;
import org.junit.jupiter.api.Test;
import shop.orders.models.Customer;
import shop.orders.models.Order;
import shop.orders.models.OrderItem;
import shop.orders.models.Product;
import shop.users.models.User;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code manage seed_demo} and the demo data it writes. */
@ReinhardtTest
class SeedDemoTest {

    static final DemoData.Sizes SMALL = new DemoData.Sizes(50, 20, 600, 20, 42);

    record Result(int status, String out, String err) {
    }

    static Result manage(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new ManagementUtility(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    /** Return every demo row without its generated key, in key order: what "the same rows" means. */
    static List<List<Object>> rows() {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.addAll(Customer.objects.orderBy("id").valuesList("email", "country").list());
        rows.addAll(Product.objects.orderBy("id").valuesList("sku", "name", "price").list());
        rows.addAll(Order.objects.orderBy("id").valuesList("customer__email", "status", "createdAt").list());
        rows.addAll(OrderItem.objects.orderBy("id").valuesList("order__createdAt", "product__sku", "qty").list());
        rows.addAll(User.objects.orderBy("id").valuesList("email", "name", "role", "isActive").list());
        return rows;
    }

    @Test
    void theCommandCreatesTheRequestedRowsWithThreeItemsPerOrder() {
        Result result = manage("seed_demo", "--customers", "50", "--products", "20", "--orders", "600");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).matches("Created 50 customers, 20 products, 600 orders with 1800 items and 20 users "
                + "in \\d+\\.\\d s\\.\n");
        assertThat(Customer.objects.count()).isEqualTo(50);
        assertThat(Product.objects.count()).isEqualTo(20);
        assertThat(Order.objects.count()).isEqualTo(600);
        assertThat(OrderItem.objects.count()).isEqualTo(1800);
        assertThat(Order.objects.filter("items__isnull", true).count()).isZero();
        assertThat(OrderItem.objects.values("order").distinct().count()).isEqualTo(600);
    }

    @Test
    void aboutHalfTheOrdersArePaid() {
        DemoData.seed(SMALL);

        assertThat(Order.objects.filter("status", "paid").count()).isBetween(250L, 350L);
        assertThat(Order.objects.exclude("status", "paid").values("status").distinct().count()).isEqualTo(3);
    }

    @Test
    void theSameSizesAndSeedGiveTheSameRowsEveryTime() {
        DemoData.seed(SMALL);
        List<List<Object>> first = rows();
        OrderItem.objects.all().delete();
        Order.objects.all().delete();
        Customer.objects.all().delete();
        Product.objects.all().delete();
        User.objects.all().delete();

        DemoData.seed(SMALL);

        assertThat(rows()).isEqualTo(first).hasSize(50 + 20 + 600 + 1800 + 20);
    }

    @Test
    void ordersArePlacedOneAfterAnotherAndEveryCustomerEmailIsUnique() {
        DemoData.seed(SMALL);

        List<Long> byTime = Order.objects.orderBy("createdAt").valuesListFlat("id", Long.class).list();
        assertThat(byTime).isSorted();
        assertThat(Customer.objects.values("email").distinct().count()).isEqualTo(50);
        assertThat(Order.objects.first().orElseThrow().createdAt).isAfter(DemoData.START);
    }

    @Test
    void ifEmptyLeavesADatabaseWithDataAsItIs() {
        DemoData.seed(new DemoData.Sizes(5, 5, 10, 2, 1));

        Result result = manage("seed_demo", "--if-empty");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("The database already has data; seed_demo left it as it is.\n");
        assertThat(Order.objects.count()).isEqualTo(10);
    }

    @Test
    void seedingADatabaseWithDataFailsWithAHint() {
        DemoData.seed(new DemoData.Sizes(5, 5, 10, 2, 1));

        Result result = manage("seed_demo", "--orders", "10");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("The database already has customers, products, orders or users", "--if-empty");
        assertThat(Order.objects.count()).isEqualTo(10);
    }

    @Test
    void ordersWithoutEnoughProductsAreRefusedWithTheOptionsToChange() {
        Result result = manage("seed_demo", "--products", "2");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("Orders need at least one customer and 3 products to choose from; got 1000 "
                + "customers and 2 products. Change --customers, --products or --orders.");
        assertThat(Customer.objects.count()).isZero();
    }

    @Test
    void negativeSizesAreRefused() {
        assertThatThrownBy(() -> new DemoData.Sizes(-1, 0, 0, 0, 1)).hasMessage("Sizes cannot be negative.");
    }
}
