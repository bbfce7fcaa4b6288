package shop.config;

import dev.reinhardt.http.ErrorView;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import shop.core.views.ErrorViews;
import shop.core.views.HealthViews;
import shop.core.views.HomeView;

import java.util.List;

import static dev.reinhardt.urls.Urls.include;
import static dev.reinhardt.urls.Urls.path;
import static dev.reinhardt.views.Decorators.requireSafe;

/**
 * The shop's root urlconf (the {@code rootUrlconf} setting): project-wide
 * pages, then each app's URLs, and the error pages shown when {@code debug}
 * is off.
 */
public final class Urls implements UrlConf {

    @Override
    public List<UrlPattern> urlpatterns() {
        return List.of(
                path("", requireSafe(HomeView::home), "home"),
                path("api/health/", requireSafe(HealthViews::health), "health"),
                path("api/health/databases/<slug:alias>/", requireSafe(HealthViews::database), "health-database"),
                include("api/", shop.orders.Urls.class),
                include("api/users/", shop.users.Urls.class));
    }

    @Override
    public ErrorView handler400() {
        return ErrorViews::badRequest;
    }

    @Override
    public ErrorView handler404() {
        return ErrorViews::notFound;
    }

    @Override
    public ErrorView handler500() {
        return ErrorViews::serverError;
    }
}
