package bench.jmh;

import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.http.View;
import dev.reinhardt.urls.ResolverMatch;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import dev.reinhardt.urls.UrlResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.reinhardt.urls.Urls.include;
import static dev.reinhardt.urls.Urls.path;

/**
 * (d) Resolve a path against a urlconf of 200 patterns (150 at the root,
 * 50 under one {@code include()}), beside a hand-written scan of 200
 * precompiled regular expressions. {@code target} picks the pattern that
 * matches: the first, one in the middle, the last, or none.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class UrlResolveBenchmark {

    private static final int PATTERNS = 200;
    private static final int ROOT_PATTERNS = 150;

    @Param({"first", "middle", "last", "none"})
    public String target;

    private UrlResolver resolver;
    private Pattern[] regexes;
    private String path;

    @Setup
    public void setUp() {
        View view = request -> new HttpResponse("ok");
        List<UrlPattern> root = new ArrayList<>();
        for (int i = 0; i < ROOT_PATTERNS; i++) {
            root.add(path("section" + i + "/<int:pk>/", view, "section-" + i));
        }
        List<UrlPattern> api = new ArrayList<>();
        for (int i = ROOT_PATTERNS; i < PATTERNS; i++) {
            api.add(path("section" + i + "/<int:pk>/", view, "api-section-" + i));
        }
        root.add(include("api/", api));
        UrlConf urlconf = () -> root;
        resolver = UrlResolver.of(urlconf);
        regexes = new Pattern[PATTERNS];
        for (int i = 0; i < PATTERNS; i++) {
            regexes[i] = Pattern.compile("^" + (i >= ROOT_PATTERNS ? "api/" : "") + "section" + i + "/(?<pk>[0-9]+)/$");
        }
        path = switch (target) {
            case "first" -> "/section0/42/";
            case "middle" -> "/section100/42/";
            case "last" -> "/api/section199/42/";
            case "none" -> "/nowhere/42/";
            default -> throw new IllegalArgumentException("Unknown target '" + target + "'.");
        };
    }

    @Benchmark
    public ResolverMatch reinhardt() {
        return resolver.match(path);
    }

    @Benchmark
    public Integer handWrittenRegexScan() {
        String relative = path.substring(1);
        for (Pattern regex : regexes) {
            Matcher matcher = regex.matcher(relative);
            if (matcher.matches()) {
                return Integer.parseInt(matcher.group("pk"));
            }
        }
        return null;
    }
}
