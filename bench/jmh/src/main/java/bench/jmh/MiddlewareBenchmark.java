package bench.jmh;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.handlers.ProjectHandler;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.middleware.CommonMiddleware;
import dev.reinhardt.middleware.SecurityMiddleware;
import dev.reinhardt.middleware.XFrameOptionsMiddleware;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.reinhardt.urls.Urls.path;

/**
 * (e) Handle a GET of a trivial view through the project handler with the
 * default middleware (Security, Common, XFrameOptions), through the handler
 * with no middleware, and by calling the view directly. Each builds its
 * request the same way, as the server adapter does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MiddlewareBenchmark {

    private Settings withMiddleware;
    private ProjectHandler fullChain;
    private ProjectHandler noMiddleware;

    /** The urlconf of the benchmark: one trivial view. */
    public static final class HelloUrls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(path("hello/", MiddlewareBenchmark::hello, "hello"));
        }
    }

    static HttpResponse hello(HttpRequest request) {
        return new HttpResponse("Hello, World!");
    }

    static final class HandlerSettings extends Settings {
        HandlerSettings(List<Class<?>> middleware) {
            debug = false;
            secretKey = "jmh-only-key-not-for-production";
            allowedHosts = List.of("localhost");
            rootUrlconf = HelloUrls.class;
            this.middleware = middleware;
        }
    }

    @Setup
    public void setUp() {
        withMiddleware = new HandlerSettings(
                List.of(SecurityMiddleware.class, CommonMiddleware.class, XFrameOptionsMiddleware.class));
        fullChain = ProjectHandler.create(withMiddleware);
        noMiddleware = ProjectHandler.create(new HandlerSettings(List.of()));
    }

    private HttpRequest request() {
        return HttpRequest.builder(withMiddleware)
                .method("GET")
                .rawPath("/hello/")
                .scheme("http")
                .server("localhost", 8000)
                .remoteAddr("127.0.0.1")
                .header("Host", "localhost:8000")
                .header("User-Agent", "jmh")
                .header("Accept", "*/*")
                .build();
    }

    @Benchmark
    public HttpResponse defaultMiddleware() {
        return fullChain.handle(request());
    }

    @Benchmark
    public HttpResponse noMiddleware() {
        return noMiddleware.handle(request());
    }

    @Benchmark
    public HttpResponse viewOnly() {
        return hello(request());
    }
}
