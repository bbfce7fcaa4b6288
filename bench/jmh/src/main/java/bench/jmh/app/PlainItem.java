package bench.jmh.app;

/** What a hand-written JDBC loop fills: a plain object with the same fields as {@code Item}. */
public final class PlainItem {

    public long id;
    public String name;
    public int quantity;
    public double price;
    public boolean active;

    /** Create an item with every field given. */
    public PlainItem(long id, String name, int quantity, double price, boolean active) {
        this.id = id;
        this.name = name;
        this.quantity = quantity;
        this.price = price;
        this.active = active;
    }
}
