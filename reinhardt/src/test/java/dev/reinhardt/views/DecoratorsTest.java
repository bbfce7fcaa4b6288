package dev.reinhardt.views;

import dev.reinhardt.http.View;
import dev.reinhardt.conf.Settings;
import dev.reinhardt.http.HttpRequest;
import dev.reinhardt.http.HttpResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecoratorsTest {

    private static final Settings SETTINGS = new Settings();
    private static final View OK = request -> new HttpResponse("ok");

    private static HttpResponse call(View view, String method) throws Exception {
        return view.handle(HttpRequest.builder(SETTINGS).method(method).build());
    }

    @Test
    void requireGetAnswers405WithAllowForOtherMethods() throws Exception {
        assertThat(call(Decorators.requireGet(OK), "GET").text()).isEqualTo("ok");
        HttpResponse refused = call(Decorators.requireGet(OK), "POST");
        assertThat(refused.status()).isEqualTo(405);
        assertThat(refused.header("Allow")).isEqualTo("GET");
    }

    @Test
    void requirePostAndRequireHttpMethodsListTheirMethods() throws Exception {
        assertThat(call(Decorators.requirePost(OK), "POST").status()).isEqualTo(200);
        assertThat(call(Decorators.requireHttpMethods(OK, "get", "PUT"), "DELETE").header("Allow")).isEqualTo("GET, PUT");
        assertThat(call(Decorators.requireSafe(OK), "HEAD").status()).isEqualTo(200);
    }
}
