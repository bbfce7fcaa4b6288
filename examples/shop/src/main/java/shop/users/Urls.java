package shop.users;

import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import shop.users.views.UserViews.UserDetailView;
import shop.users.views.UserViews.UserListView;

import java.util.List;

import static dev.reinhardt.urls.Urls.path;
import static dev.reinhardt.views.generic.ClassBasedView.asView;

/**
 * The users app's URLs, included under {@code api/users/} in namespace
 * {@code users}: reverse them as {@code reverse("users:<name>")}.
 */
public final class Urls implements UrlConf {

    @Override
    public List<UrlPattern> urlpatterns() {
        return List.of(
                path("", asView(UserListView.class), "list"),
                path("<int:id>/", asView(UserDetailView.class), "detail"));
    }

    @Override
    public String appName() {
        return "users";
    }
}
