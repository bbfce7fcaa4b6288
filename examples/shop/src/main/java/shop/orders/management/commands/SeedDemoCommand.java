package shop.orders.management.commands;

import dev.reinhardt.core.management.BaseCommand;
import dev.reinhardt.core.management.CommandError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import shop.orders.DemoData;
import shop.orders.DemoData.Created;
import shop.orders.DemoData.Sizes;

import java.util.Locale;

/**
 * {@code manage seed_demo [--customers 1000] [--products 500] [--orders 20000] [--users 20] [--if-empty]}:
 * fill the database with the shop's deterministic demo data; see {@link DemoData}.
 */
@Command(name = "seed_demo", description = "Fill the database with demo data: the same customers, products, orders "
        + "(three items each, about half paid) and users every time.")
public final class SeedDemoCommand extends BaseCommand {

    @Option(names = "--customers", defaultValue = "1000", paramLabel = "N", description = "Customers to create. "
            + "Default: ${DEFAULT-VALUE}.")
    int customers;

    @Option(names = "--products", defaultValue = "500", paramLabel = "N", description = "Products to create. "
            + "Default: ${DEFAULT-VALUE}.")
    int products;

    @Option(names = "--orders", defaultValue = "20000", paramLabel = "N", description = "Orders to create, with "
            + DemoData.ITEMS_PER_ORDER + " items each. Default: ${DEFAULT-VALUE}.")
    int orders;

    @Option(names = "--users", defaultValue = "20", paramLabel = "N", description = "Staff users to create. "
            + "Default: ${DEFAULT-VALUE}.")
    int users;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "The random seed; the same seed "
            + "gives the same rows. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--if-empty", description = "Do nothing when the shop's tables already have rows, as on every "
            + "start after the first.")
    boolean ifEmpty;

    @Override
    protected void handle() {
        Sizes sizes;
        try {
            sizes = new Sizes(customers, products, orders, users, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandError(e.getMessage() + " Change --customers, --products or --orders.");
        }
        if (!DemoData.isEmpty()) {
            if (ifEmpty) {
                if (verbosity() > 0) {
                    stdout().println("The database already has data; seed_demo left it as it is.");
                }
                return;
            }
            throw new CommandError("The database already has customers, products, orders or users, and demo data "
                    + "would clash with them. Pass --if-empty to skip seeding then, or start from an empty database "
                    + "(delete db.sqlite3 and run manage migrate).");
        }
        long started = System.nanoTime();
        Created created = DemoData.seed(sizes);
        if (verbosity() > 0) {
            stdout().println(style().success(String.format(Locale.ROOT,
                    "Created %d customers, %d products, %d orders with %d items and %d users in %.1f s.",
                    created.customers(), created.products(), created.orders(), created.items(), created.users(),
                    (System.nanoTime() - started) / 1e9)));
        }
    }
}
