package dev.reinhardt.core.handlers;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.db.models.QueryScope;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.urls.UrlResolver;
import dev.reinhardt.http.View;
import dev.reinhardt.views.Decorators;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Build the middleware chain once, innermost first, as Django's {@code load_middleware} does. */
final class MiddlewareChain {

    private MiddlewareChain() {
    }

    static Handler build(Settings settings, UrlResolver resolver, ExceptionResponses errors) {
        List<Middleware> viewHooks = new ArrayList<>();
        List<Middleware> exceptionHooks = new ArrayList<>();
        ViewDispatcher dispatcher = new ViewDispatcher(settings, resolver, errors);
        Handler handler = guard(dispatcher, errors);
        List<Class<?>> classes = settings.middleware();
        for (int i = classes.size() - 1; i >= 0; i--) {
            Middleware middleware = instantiate(classes.get(i), handler, settings);
            if (middleware == null) {
                continue;
            }
            if (overrides(middleware, "processView", View.class)) {
                viewHooks.addFirst(middleware);
            }
            if (overrides(middleware, "processException", Exception.class)) {
                exceptionHooks.add(middleware);
            }
            handler = guard(middleware, errors);
        }
        dispatcher.setHooks(viewHooks, exceptionHooks);
        return handler;
    }

    private static Handler guard(Handler inner, ExceptionResponses errors) {
        return request -> {
            try {
                return inner.handle(request);
            } catch (StackOverflowError | Exception e) {
                return errors.responseFor(request, e);
            }
        };
    }

    private static Middleware instantiate(Class<?> type, Handler next, Settings settings) {
        if (!Middleware.class.isAssignableFrom(type)) {
            throw new ImproperlyConfigured("Middleware " + type.getName() + " does not implement "
                    + Middleware.class.getName() + ".");
        }
        try {
            try {
                Constructor<?> withSettings = type.getConstructor(Handler.class, Settings.class);
                withSettings.setAccessible(true);
                return (Middleware) withSettings.newInstance(next, settings);
            } catch (NoSuchMethodException e) {
                Constructor<?> plain = type.getConstructor(Handler.class);
                plain.setAccessible(true);
                return (Middleware) plain.newInstance(next);
            }
        } catch (NoSuchMethodException e) {
            throw new ImproperlyConfigured("Middleware " + type.getName() + " needs a public constructor taking the next "
                    + "Handler, such as public " + type.getSimpleName() + "(Handler next).", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof MiddlewareNotUsed) {
                return null;
            }
            if (e.getCause() instanceof ImproperlyConfigured improperlyConfigured) {
                throw improperlyConfigured;
            }
            throw new ImproperlyConfigured("Middleware " + type.getName() + " failed in its constructor: "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ImproperlyConfigured("Middleware " + type.getName() + " could not be created: " + e, e);
        }
    }

    private static boolean overrides(Middleware middleware, String method, Class<?> secondParameter) {
        try {
            return middleware.getClass().getMethod(method, HttpRequest.class, secondParameter).getDeclaringClass()
                    != Middleware.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The innermost handler: resolve the URL, run view hooks, call the view. */
    static final class ViewDispatcher implements Handler {
        private final Settings settings;
        private final UrlResolver resolver;
        private final ExceptionResponses errors;
        private final AtomicRequests atomicRequests;
        private Middleware[] viewHooks = new Middleware[0];
        private Middleware[] exceptionHooks = new Middleware[0];

        ViewDispatcher(Settings settings, UrlResolver resolver, ExceptionResponses errors) {
            this.settings = settings;
            this.resolver = resolver;
            this.errors = errors;
            this.atomicRequests = new AtomicRequests(settings);
        }

        /**
         * Call {@code view} inside a query scope when it has a budget or
         * {@code debug} is on: the scope counts the request's statements,
         * reports N+1 lazy loads and enforces the budget.
         */
        private HttpResponse callView(View view, HttpRequest request, String route) throws Exception {
            OptionalInt budget = Decorators.queryBudgetOf(view);
            if (budget.isEmpty() && !settings.debug()) {
                return view.handle(request);
            }
            QueryScope scope = QueryScope.forEndpoint(request.method() + " /" + route).strict(settings.debug());
            if (budget.isPresent()) {
                scope = scope.budget(budget.getAsInt());
            }
            return scope.call(() -> view.handle(request));
        }

        void setHooks(List<Middleware> view, List<Middleware> exception) {
            viewHooks = view.toArray(Middleware[]::new);
            exceptionHooks = exception.toArray(Middleware[]::new);
        }

        @Override
        public HttpResponse handle(HttpRequest request) {
            var match = resolver.match(request.pathInfo());
            if (match == null) {
                if (settings.debug() && resolver.isEmpty() && request.pathInfo().equals("/")) {
                    return DebugPages.welcome();
                }
                match = resolver.resolve(request.pathInfo());
            }
            request.setResolverMatch(match);
            View view = match.view();
            for (Middleware hook : viewHooks) {
                var early = hook.processView(request, view);
                if (early.isPresent()) {
                    return early.get();
                }
            }
            HttpResponse response;
            String route = match.route();
            try {
                response = atomicRequests.wrap(inner -> callView(view, inner, route)).handle(request);
            } catch (Exception e) {
                for (Middleware hook : exceptionHooks) {
                    var handled = hook.processException(request, e);
                    if (handled.isPresent()) {
                        return handled.get();
                    }
                }
                return errors.responseFor(request, e);
            }
            if (response == null) {
                throw new IllegalStateException("The view for route '" + match.route()
                        + "' didn't return an HttpResponse object. It returned null instead.");
            }
            if (response instanceof dev.reinhardt.http.FileResponse file && request.method().equals("GET")) {
                file.applyRange(request.headers().get("Range"), request.headers().get("If-Range"));
            }
            return response;
        }
    }
}
