package shop.orders;

import dev.reinhardt.db.transaction.Transaction;
import shop.orders.models.Customer;
import shop.orders.models.Order;
import shop.orders.models.OrderItem;
import shop.orders.models.Product;
import shop.users.models.User;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The shop's demo data, the same rows every time for the same sizes and
 * seed: customers in ten countries, products with prices, orders of three
 * different products each (about half of them paid, placed a few minutes
 * apart from 2025-01-01 on) and a few staff users. Rows are written with
 * {@code bulkCreate} in batches inside one transaction, so a failure leaves
 * nothing behind.
 */
public final class DemoData {

    /** How much to create; {@code seed} picks the random sequence. */
    public record Sizes(int customers, int products, int orders, int users, long seed) {

        /** The sizes {@code manage seed_demo} uses by default. */
        public static final Sizes DEFAULT = new Sizes(1000, 500, 20_000, 20, 42);

        public Sizes {
            if (customers < 0 || products < 0 || orders < 0 || users < 0) {
                throw new IllegalArgumentException("Sizes cannot be negative.");
            }
            if (orders > 0 && (customers == 0 || products < ITEMS_PER_ORDER)) {
                throw new IllegalArgumentException("Orders need at least one customer and " + ITEMS_PER_ORDER
                        + " products to choose from; got " + customers + " customers and " + products + " products.");
            }
        }
    }

    /** What was created. */
    public record Created(int customers, int products, int orders, int items, int users) {
    }

    /** The number of different products in every demo order. */
    public static final int ITEMS_PER_ORDER = 3;

    /** When the first demo order was placed. */
    public static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private static final int BATCH = 500;
    private static final String[] COUNTRIES = {"IN", "US", "GB", "DE", "FR", "BR", "JP", "NG", "AU", "CA"};
    private static final int[] COUNTRY_WEIGHTS = {20, 20, 10, 10, 8, 8, 8, 6, 5, 5};
    private static final String[] ADJECTIVES = {"Classic", "Compact", "Deluxe", "Eco", "Everyday", "Handmade",
        "Heavy-duty", "Mini", "Portable", "Smart", "Vintage", "Wireless"};
    private static final String[] NOUNS = {"Backpack", "Blender", "Candle", "Desk Lamp", "Headphones", "Kettle",
        "Mug", "Notebook", "Plant Pot", "Speaker", "Teapot", "Umbrella", "Wall Clock", "Water Bottle"};

    private DemoData() {
    }

    /** Return whether the shop's tables hold no rows at all. */
    public static boolean isEmpty() {
        return !Customer.objects.exists() && !Product.objects.exists() && !Order.objects.exists()
                && !User.objects.exists();
    }

    /** Create the demo rows of {@code sizes} on the default database, in one transaction. */
    public static Created seed(Sizes sizes) {
        Random random = new Random(sizes.seed());
        return Transaction.atomic(() -> {
            List<Customer> customers = Customer.objects.bulkCreate(customers(sizes.customers(), random));
            List<Product> products = Product.objects.bulkCreate(products(sizes.products(), random));
            int items = orders(sizes.orders(), customers, products, random);
            User.objects.bulkCreate(users(sizes.users(), customers));
            return new Created(customers.size(), products.size(), sizes.orders(), items, sizes.users());
        });
    }

    private static List<Customer> customers(int count, Random random) {
        int total = 0;
        for (int weight : COUNTRY_WEIGHTS) {
            total += weight;
        }
        List<Customer> customers = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Customer customer = new Customer();
            customer.email = String.format(Locale.ROOT, "customer%05d@example.com", i);
            int pick = random.nextInt(total);
            int c = 0;
            while (pick >= COUNTRY_WEIGHTS[c]) {
                pick -= COUNTRY_WEIGHTS[c++];
            }
            customer.country = COUNTRIES[c];
            customers.add(customer);
        }
        return customers;
    }

    private static List<Product> products(int count, Random random) {
        List<Product> products = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Product product = new Product();
            product.sku = String.format(Locale.ROOT, "SKU-%05d", i);
            product.name = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)];
            product.price = BigDecimal.valueOf(100 + random.nextInt(49_900), 2);
            products.add(product);
        }
        return products;
    }

    /** Create the orders and their items batch by batch, so the orders' keys are known for their items. */
    private static int orders(int count, List<Customer> customers, List<Product> products, Random random) {
        Instant placed = START;
        int items = 0;
        for (int first = 0; first < count; first += BATCH) {
            List<Order> orders = new ArrayList<>(BATCH);
            List<List<Integer>> picks = new ArrayList<>(BATCH);
            for (int i = first; i < Math.min(count, first + BATCH); i++) {
                placed = placed.plusSeconds(60 + random.nextInt(540));
                Order order = new Order();
                order.customer.set(customers.get(random.nextInt(customers.size())));
                order.status = status(random.nextInt(100));
                order.createdAt = placed;
                orders.add(order);
                picks.add(distinctProducts(products.size(), random));
            }
            Order.objects.bulkCreate(orders);
            List<OrderItem> lines = new ArrayList<>(orders.size() * ITEMS_PER_ORDER);
            for (int o = 0; o < orders.size(); o++) {
                for (int p : picks.get(o)) {
                    OrderItem item = new OrderItem();
                    item.order.set(orders.get(o));
                    item.product.set(products.get(p));
                    item.qty = 1 + random.nextInt(5);
                    lines.add(item);
                }
            }
            OrderItem.objects.bulkCreate(lines);
            items += lines.size();
        }
        return items;
    }

    private static String status(int percentile) {
        if (percentile < 50) {
            return Order.PAID;
        }
        if (percentile < 70) {
            return Order.SHIPPED;
        }
        return percentile < 90 ? Order.NEW : Order.CANCELLED;
    }

    private static List<Integer> distinctProducts(int count, Random random) {
        List<Integer> picked = new ArrayList<>(ITEMS_PER_ORDER);
        while (picked.size() < ITEMS_PER_ORDER) {
            int p = random.nextInt(count);
            if (!picked.contains(p)) {
                picked.add(p);
            }
        }
        return picked;
    }

    /** Staff users; the first of each ten are admins and the last inactive, and half are also customers. */
    private static List<User> users(int count, List<Customer> customers) {
        List<User> users = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            User user = new User();
            boolean customer = i % 2 == 1 && i / 2 < customers.size();
            user.email = customer ? customers.get(i / 2).email : String.format(Locale.ROOT, "staff%03d@shop.example", i);
            user.name = String.format(Locale.ROOT, "User %03d", i);
            user.role = i % 10 == 1 ? User.ADMIN : i % 10 == 5 ? User.SUPPORT : User.STAFF;
            user.isActive = i % 10 != 0;
            users.add(user);
        }
        return users;
    }
}
