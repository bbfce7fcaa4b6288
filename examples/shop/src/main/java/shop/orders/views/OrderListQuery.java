package shop.orders.views;

import dev.reinhardt.db.models.QuerySet;
import dev.reinhardt.http.QueryDict;
import shop.core.api.ApiError;
import shop.orders.models.Order;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The query parameters of the order lists, checked: {@code status} (one of
 * the order statuses), {@code country} (a two-letter code, any case) and
 * {@code limit} (1 to 100, default 25). A bad value is a 400 naming the
 * parameter and what it accepts.
 */
record OrderListQuery(String status, String country, int limit) {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    /** Read and check the parameters of {@code query}. */
    static OrderListQuery from(QueryDict query) {
        String status = query.get("status");
        if (status != null && !Order.STATUSES.contains(status)) {
            throw ApiError.badRequest("status must be one of " + String.join(", ", Order.STATUSES) + "; got '"
                    + status + "'.");
        }
        String country = query.get("country");
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw ApiError.badRequest("country must be a two-letter country code such as IN; got '" + country + "'.");
        }
        return new OrderListQuery(status, country == null ? null : country.toUpperCase(Locale.ROOT),
                limit(query.get("limit")));
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiError.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + "; got '" + text + "'.");
        }
        return limit;
    }

    /** Return the page of {@code orders} these parameters ask for, newest first. */
    QuerySet<Order> page(QuerySet<Order> orders) {
        if (status != null) {
            orders = orders.filter("status", status);
        }
        if (country != null) {
            orders = orders.filter("customer__country", country);
        }
        return orders.orderBy("-createdAt", "-id").slice(0, limit);
    }
}
