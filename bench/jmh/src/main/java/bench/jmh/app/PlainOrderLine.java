package bench.jmh.app;

/** What a hand-written JDBC join loop fills: a line with its parent order, as plain objects. */
public final class PlainOrderLine {

    public long id;
    public int quantity;
    public double price;
    public PlainOrder order;

    /** Create a line with every field given. */
    public PlainOrderLine(long id, int quantity, double price, PlainOrder order) {
        this.id = id;
        this.quantity = quantity;
        this.price = price;
        this.order = order;
    }

    /** The parent of a {@link PlainOrderLine}. */
    public static final class PlainOrder {

        public long id;
        public String customer;
        public int number;

        /** Create an order with every field given. */
        public PlainOrder(long id, String customer, int number) {
            this.id = id;
            this.customer = customer;
            this.number = number;
        }
    }
}
