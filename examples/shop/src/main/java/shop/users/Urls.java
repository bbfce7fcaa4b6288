package shop.users;

import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;

import java.util.List;

/**
 * The users app's URLs, included under {@code api/users/} in namespace
 * {@code users}: reverse them as {@code reverse("users:<name>")}. The
 * users API is listed here as its views are written.
 */
public final class Urls implements UrlConf {

    @Override
    public List<UrlPattern> urlpatterns() {
        return List.of();
    }

    @Override
    public String appName() {
        return "users";
    }
}
