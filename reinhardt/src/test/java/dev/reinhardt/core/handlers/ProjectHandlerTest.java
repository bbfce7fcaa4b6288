package dev.reinhardt.core.handlers;

import dev.reinhardt.conf.Settings;
import dev.reinhardt.core.signals.Signals;
import dev.reinhardt.dispatch.Receiver;
import dev.reinhardt.exceptions.BadRequest;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.exceptions.PermissionDenied;
import dev.reinhardt.exceptions.SuspiciousOperation;
import dev.reinhardt.http.Http404;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import dev.reinhardt.middleware.CommonMiddleware;
import dev.reinhardt.urls.UrlConf;
import dev.reinhardt.urls.UrlPattern;
import dev.reinhardt.http.View;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.reinhardt.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectHandlerTest {

    public static final class Urls implements UrlConf {
        @Override
        public List<UrlPattern> urlpatterns() {
            return List.of(
                    path("ok/", request -> new HttpResponse("ok"), "ok"),
                    path("trace/", request -> new HttpResponse(String.valueOf(request.attributes().get("trace")))),
                    path("missing/", request -> {
                        throw new Http404("No such article.");
                    }),
                    path("forbidden/", request -> {
                        throw new PermissionDenied();
                    }),
                    path("bad/", request -> {
                        throw new BadRequest("The 'page' parameter must be a number.");
                    }),
                    path("suspicious/", request -> {
                        throw new SuspiciousOperation("Attempted access to '/etc/passwd' denied.");
                    }),
                    path("boom/", request -> {
                        throw new IllegalStateException("boom");
                    }),
                    path("checked/", request -> {
                        throw new java.io.IOException("disk gone");
                    }),
                    path("null/", request -> null),
                    path("form/", request -> new HttpResponse("fields " + request.POST().size())),
                    path("json/", request -> new HttpResponse("n=" + request.json().get("n"))),
                    path("settings/", request -> new HttpResponse(String.valueOf(System.identityHashCode(Settings.current())))));
        }
    }

    /** Records its passage in the request's "trace" attribute and the response's X-Trace header. */
    public static class First implements Middleware {
        private final Handler next;

        public First(Handler next) {
            this.next = next;
        }

        @Override
        public HttpResponse handle(HttpRequest request) {
            request.attributes().merge("trace", "first>", (a, b) -> a + "" + b);
            HttpResponse response = next.handle(request);
            return response.header("X-Trace", response.header("X-Trace") + "<first");
        }
    }

    /** The inner middleware; short-circuits and handles exceptions on request. */
    public static class Second implements Middleware {
        private final Handler next;

        public Second(Handler next, Settings settings) {
            this.next = next;
        }

        @Override
        public HttpResponse handle(HttpRequest request) {
            request.attributes().merge("trace", "second>", (a, b) -> a + "" + b);
            HttpResponse response = next.handle(request);
            return response.header("X-Trace", "<second");
        }

        @Override
        public Optional<HttpResponse> processView(HttpRequest request, View view) {
            return request.headers().contains("X-Short-Circuit") ? Optional.of(new HttpResponse("short")) : Optional.empty();
        }

        @Override
        public Optional<HttpResponse> processException(HttpRequest request, Exception exception) {
            return exception instanceof IllegalStateException ? Optional.of(new HttpResponse("recovered: "
                    + exception.getMessage(), 503)) : Optional.empty();
        }
    }

    public static class Unused implements Middleware {
        public Unused(Handler next) {
            throw new MiddlewareNotUsed("off in tests");
        }

        @Override
        public HttpResponse handle(HttpRequest request) {
            throw new AssertionError("never in the chain");
        }
    }

    private static Settings settings(List<Class<?>> middlewareClasses) {
        return new Settings() {
            {
                rootUrlconf = Urls.class;
                allowedHosts = List.of("testserver");
                middleware = middlewareClasses;
            }
        };
    }

    private static final ProjectHandler PLAIN = ProjectHandler.create(settings(List.of()));

    private static HttpRequest.Builder request(ProjectHandler handler, String path) {
        return HttpRequest.builder(handler.settings()).rawPath(path).header("Host", "testserver");
    }

    private static HttpResponse get(ProjectHandler handler, String path) {
        return handler.handle(request(handler, path).build());
    }

    @Test
    void middlewareRunsInwardTopDownAndOutwardBottomUp() {
        ProjectHandler handler = ProjectHandler.create(settings(List.of(First.class, Unused.class, Second.class)));

        HttpResponse response = get(handler, "/trace/");

        assertThat(response.text()).isEqualTo("first>second>");
        assertThat(response.header("X-Trace")).isEqualTo("<second<first");
    }

    @Test
    void processViewCanAnswerInsteadOfTheView() {
        ProjectHandler handler = ProjectHandler.create(settings(List.of(Second.class)));

        HttpResponse response = handler.handle(request(handler, "/ok/").header("X-Short-Circuit", "1").build());

        assertThat(response.text()).isEqualTo("short");
    }

    @Test
    void processExceptionCanTurnAViewErrorIntoAResponse() {
        ProjectHandler handler = ProjectHandler.create(settings(List.of(Second.class)));

        HttpResponse response = get(handler, "/boom/");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.text()).isEqualTo("recovered: boom");
    }

    @Test
    void middlewareWithoutAUsableConstructorFailsAtStartup() {
        assertThatThrownBy(() -> ProjectHandler.create(settings(List.of(String.class))))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Middleware java.lang.String does not implement dev.reinhardt.core.handlers.Middleware.");
    }

    @Test
    void exceptionsBecomeTheirStatusCodes() {
        assertThat(get(PLAIN, "/missing/").status()).isEqualTo(404);
        assertThat(get(PLAIN, "/forbidden/").status()).isEqualTo(403);
        assertThat(get(PLAIN, "/boom/").status()).isEqualTo(500);
        assertThat(get(PLAIN, "/checked/").status()).isEqualTo(500);
        assertThat(get(PLAIN, "/nowhere/").status()).isEqualTo(404);
    }

    @Test
    void badRequestShowsItsMessageToTheClient() {
        HttpResponse response = get(PLAIN, "/bad/");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("<p>The &#x27;page&#x27; parameter must be a number.</p>");
    }

    @Test
    void malformedJsonIs400WithAMessage() {
        HttpResponse response = PLAIN.handle(request(PLAIN, "/json/").method("POST")
                .body("{oops".getBytes(StandardCharsets.UTF_8)).build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("Malformed JSON: Unexpected character (&#x27;o&#x27; (code 111))");
    }

    @Test
    void suspiciousOperationsAre400AndLoggedOnTheSecurityLogger() {
        try (LogCapture log = new LogCapture("dev.reinhardt.security.SuspiciousOperation")) {
            HttpResponse response = get(PLAIN, "/suspicious/");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.text()).doesNotContain("passwd");
            assertThat(log.messages()).containsExactly("Attempted access to '/etc/passwd' denied.");
        }
    }

    @Test
    void disallowedHostIs400AndLoggedOnItsOwnLogger() {
        ProjectHandler handler = ProjectHandler.create(settings(List.of(CommonMiddleware.class)));
        try (LogCapture log = new LogCapture("dev.reinhardt.security.DisallowedHost")) {
            HttpResponse response = handler.handle(HttpRequest.builder(handler.settings()).rawPath("/ok/")
                    .header("Host", "evil.com").build());

            assertThat(response.status()).isEqualTo(400);
            assertThat(log.messages()).containsExactly(
                    "Invalid HTTP_HOST header: 'evil.com'. You may need to add 'evil.com' to allowedHosts.");
        }
    }

    @Test
    void serverErrorsAreLoggedWithTheRequestId() {
        ProjectHandler handler = ProjectHandler.create(settings(List.of()));
        try (LogCapture log = new LogCapture("dev.reinhardt.request")) {
            HttpRequest request = request(handler, "/boom/").build();
            request.attributes().put("requestId", "req-42");

            assertThat(handler.handle(request).status()).isEqualTo(500);
            assertThat(log.messages()).containsExactly("Internal Server Error: /boom/ (request id req-42)");
        }
    }

    @Test
    void aViewReturningNullIsAServerError() {
        try (LogCapture log = new LogCapture("dev.reinhardt.request")) {
            assertThat(get(PLAIN, "/null/").status()).isEqualTo(500);
            assertThat(log.messages()).containsExactly("Internal Server Error: /null/");
        }
    }

    @Test
    void bodyOverTheLimitIs413AndTooManyFieldsIs400() {
        byte[] big = new byte[2_621_441];
        HttpResponse tooBig = PLAIN.handle(request(PLAIN, "/form/").method("POST")
                .header("Content-Type", "application/x-www-form-urlencoded").body(big).build());
        byte[] fields = "a=1&".repeat(1001).getBytes(StandardCharsets.UTF_8);
        HttpResponse tooMany = PLAIN.handle(request(PLAIN, "/form/").method("POST")
                .header("Content-Type", "application/x-www-form-urlencoded").body(fields).build());

        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooMany.status()).isEqualTo(400);
    }

    @Test
    void requestSignalsAreSent() {
        List<String> events = new ArrayList<>();
        Receiver<HttpRequest> started = (sender, request) -> events.add("started " + request.path());
        Receiver<HttpRequest> finished = (sender, request) -> events.add("finished " + request.path());
        Receiver<Signals.RequestFailure> failed = (sender, failure) -> events.add("failed "
                + failure.exception().getMessage());
        Signals.requestStarted.connect(started);
        Signals.requestFinished.connect(finished);
        Signals.gotRequestException.connect(failed);
        try {
            HttpResponse ok = get(PLAIN, "/ok/");
            events.add("returned " + ok.status());
            ok.close();
            HttpResponse boom = get(PLAIN, "/boom/");
            events.add("returned " + boom.status());
            boom.close();
            boom.close();
        } finally {
            Signals.requestStarted.disconnect(started);
            Signals.requestFinished.disconnect(finished);
            Signals.gotRequestException.disconnect(failed);
        }

        assertThat(events).containsExactly("started /ok/", "returned 200", "finished /ok/", "started /boom/",
                "failed boom", "returned 500", "finished /boom/");
    }

    @Test
    void requestFinishedReceiversSeeTheHandlersSettingsWhoeverClosesTheResponse() {
        List<Settings> seen = new ArrayList<>();
        Receiver<HttpRequest> finished = (sender, request) -> seen.add(Settings.current());
        Signals.requestFinished.connect(finished);
        try {
            get(PLAIN, "/ok/").close();
        } finally {
            Signals.requestFinished.disconnect(finished);
        }

        assertThat(seen).containsExactly(PLAIN.settings());
    }

    @Test
    void theHandlersSettingsAreCurrentWhileARequestIsHandled() {
        HttpResponse response = get(PLAIN, "/settings/");

        assertThat(response.text()).isEqualTo(String.valueOf(System.identityHashCode(PLAIN.settings())));
    }
}
