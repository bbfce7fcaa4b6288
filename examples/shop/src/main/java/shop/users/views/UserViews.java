package shop.users.views;

import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.JsonResponse;
import shop.core.api.ApiError;
import shop.core.api.ApiView;
import shop.users.models.User;
import shop.users.models.User.UserQuerySet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The users API: {@code GET /api/users/} and {@code GET /api/users/<id>/}. */
public final class UserViews {

    private UserViews() {
    }

    /**
     * {@code GET /api/users/?role=admin&with_orders=true}: the active users by
     * email, {@code {"users": [...]}}; {@code role} keeps one role,
     * {@code with_orders=true} only users who have ordered as customers.
     */
    public static final class UserListView extends ApiView {

        @Override
        protected HttpResponse get(HttpRequest request) {
            UserQuerySet users = User.active.all();
            String role = request.GET().get("role");
            if (role != null) {
                if (!User.ROLES.contains(role)) {
                    throw ApiError.badRequest("role must be one of " + String.join(", ", User.ROLES) + "; got '"
                            + role + "'.");
                }
                users = role.equals(User.ADMIN) ? users.admins() : users.filter("role", role);
            }
            String withOrders = request.GET().get("with_orders");
            if (withOrders != null) {
                if (!withOrders.equals("true") && !withOrders.equals("false")) {
                    throw ApiError.badRequest("with_orders must be true or false; got '" + withOrders + "'.");
                }
                if (withOrders.equals("true")) {
                    users = users.withOrders();
                }
            }
            List<Map<String, Object>> list = users.orderBy("email").list().stream().map(UserViews::json).toList();
            return new JsonResponse(Map.of("users", list));
        }
    }

    /** {@code GET /api/users/<id>/}: one user, active or not; 404 when there is none. */
    public static final class UserDetailView extends ApiView {

        @Override
        protected HttpResponse get(HttpRequest request) {
            int id = request.resolverMatch().kwarg("id", Integer.class);
            User user = User.objects.filter("id", id).first()
                    .orElseThrow(() -> ApiError.notFound("There is no user with id " + id + "."));
            return new JsonResponse(json(user));
        }
    }

    static Map<String, Object> json(User user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", user.id);
        json.put("email", user.email);
        json.put("name", user.name);
        json.put("role", user.role);
        json.put("is_active", user.isActive);
        return json;
    }
}
