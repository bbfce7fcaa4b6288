package dev.reinhardt.views.generic;

import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.View;
import dev.reinhardt.views.Decorators;
import dev.reinhardt.views.QueryBudget;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A view as a class with one method per HTTP method (Django's class-based
 * {@code View}). A new instance serves each request, so fields may hold
 * per-request state.
 *
 * <pre>{@code
 * public class ArticleView extends ClassBasedView {
 *     protected HttpResponse get(HttpRequest request) { ... }
 *     protected HttpResponse post(HttpRequest request) { ... }
 * }
 * path("articles/<int:id>/", ClassBasedView.asView(ArticleView.class), "article")
 * }</pre>
 *
 * <p>Methods the class does not override answer 405 with an {@code Allow}
 * header; HEAD runs {@code get} when {@code head} is not overridden, and
 * OPTIONS answers with the allowed methods.
 */
public abstract class ClassBasedView {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete", "head", "options");

    /** The request being served, set before dispatch. */
    protected HttpRequest request;
    private List<String> allowedMethods;

    /**
     * Return a view creating a {@code type} per request through its
     * constructor without parameters, looked up once here.
     *
     * @throws ImproperlyConfigured when there is no such accessible constructor
     */
    public static <T extends ClassBasedView> View asView(Class<T> type) {
        MethodHandle constructor;
        try {
            constructor = MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new ImproperlyConfigured(type.getName() + " needs a public constructor without parameters to be used "
                    + "with asView(Class); or pass a factory: asView(" + type.getSimpleName() + ".class, () -> new "
                    + type.getSimpleName() + "(...)).", e);
        }
        return asView(type, () -> {
            try {
                return type.cast(constructor.invoke());
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("Could not create " + type.getName(), e);
            }
        });
    }

    /** Return a view creating an instance per request with {@code factory}; {@code type} is read once for its methods. */
    public static <T extends ClassBasedView> View asView(Class<T> type, Supplier<? extends T> factory) {
        List<String> allowed = allowedMethods(type);
        View view = request -> {
            ClassBasedView instance = factory.get();
            instance.request = request;
            instance.allowedMethods = allowed;
            return instance.dispatch(request);
        };
        QueryBudget budget = type.getAnnotation(QueryBudget.class);
        return budget == null ? view : Decorators.queryBudget(budget.value(), view);
    }

    /** Call the method named by the request's method, or answer 405. */
    protected HttpResponse dispatch(HttpRequest request) throws Exception {
        return switch (request.method()) {
            case "GET" -> get(request);
            case "POST" -> post(request);
            case "PUT" -> put(request);
            case "PATCH" -> patch(request);
            case "DELETE" -> delete(request);
            case "HEAD" -> head(request);
            case "OPTIONS" -> options(request);
            default -> httpMethodNotAllowed(request);
        };
    }

    /** Answer GET; not allowed unless overridden. */
    protected HttpResponse get(HttpRequest request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    /** Answer POST; not allowed unless overridden. */
    protected HttpResponse post(HttpRequest request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    /** Answer PUT; not allowed unless overridden. */
    protected HttpResponse put(HttpRequest request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    /** Answer PATCH; not allowed unless overridden. */
    protected HttpResponse patch(HttpRequest request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    /** Answer DELETE; not allowed unless overridden. */
    protected HttpResponse delete(HttpRequest request) throws Exception {
        return httpMethodNotAllowed(request);
    }

    /** Answer HEAD like GET; the server sends no body. */
    protected HttpResponse head(HttpRequest request) throws Exception {
        return get(request);
    }

    /** Answer OPTIONS with the allowed methods. */
    protected HttpResponse options(HttpRequest request) throws Exception {
        HttpResponse response = new HttpResponse(new byte[0], null, 200);
        response.header("Allow", String.join(", ", allowedMethods));
        response.header("Content-Length", "0");
        return response;
    }

    /** Answer 405 Method Not Allowed with the allowed methods. */
    protected HttpResponse httpMethodNotAllowed(HttpRequest request) {
        return HttpResponse.notAllowed(allowedMethods);
    }

    private static List<String> allowedMethods(Class<?> type) {
        List<String> allowed = new ArrayList<>();
        boolean get = overrides(type, "get");
        for (String method : METHODS) {
            boolean implemented = switch (method) {
                case "head" -> get || overrides(type, "head");
                case "options" -> true;
                default -> overrides(type, method);
            };
            if (implemented) {
                allowed.add(method.toUpperCase(java.util.Locale.ROOT));
            }
        }
        return List.copyOf(allowed);
    }

    private static boolean overrides(Class<?> type, String method) {
        for (Class<?> c = type; c != null && c != ClassBasedView.class; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod(method, HttpRequest.class);
                return true;
            } catch (NoSuchMethodException e) {
                // Not declared here; look in the superclass.
            }
        }
        return false;
    }
}
