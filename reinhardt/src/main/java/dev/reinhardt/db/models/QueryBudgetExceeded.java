package dev.reinhardt.db.models;

/** Thrown when a strict {@link QueryScope} ran more statements than its budget. */
public final class QueryBudgetExceeded extends RuntimeException {

    private final String endpoint;
    private final int budget;
    private final int count;

    public QueryBudgetExceeded(String endpoint, int budget, int count, String message) {
        super(message);
        this.endpoint = endpoint;
        this.budget = budget;
        this.count = count;
    }

    /** Return the endpoint that overran. */
    public String endpoint() {
        return endpoint;
    }

    /** Return the budget. */
    public int budget() {
        return budget;
    }

    /** Return how many statements ran. */
    public int count() {
        return count;
    }
}
