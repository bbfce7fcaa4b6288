package dev.reinhardt.conf;

import dev.reinhardt.exceptions.ImproperlyConfigured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvTest {

    private final Env env = Env.of(Map.of(
            "NAME", "shop",
            "PORT", " 8080 ",
            "BAD_PORT", "eighty",
            "DEBUG", "Yes",
            "BAD_BOOL", "maybe",
            "HOSTS", "a.example.com, b.example.com,,",
            "DATABASE_URL", "postgres://u:p@db:5432/shop",
            "BAD_URL", "not a url"));

    @Test
    void readsStringsWithAndWithoutDefaults() {
        assertThat(env.string("NAME")).isEqualTo("shop");
        assertThat(env.string("MISSING", "fallback")).isEqualTo("fallback");
    }

    @Test
    void missingVariableWithoutDefaultIsNamed() {
        assertThatThrownBy(() -> env.string("SECRET_KEY"))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Set the environment variable SECRET_KEY: the settings need it and it has no default.");
    }

    @Test
    void readsIntegers() {
        assertThat(env.integer("PORT")).isEqualTo(8080);
        assertThat(env.integer("MISSING", 3)).isEqualTo(3);
        assertThatThrownBy(() -> env.integer("BAD_PORT"))
                .hasMessage("Environment variable BAD_PORT must be a whole number, but it is 'eighty'.");
    }

    @Test
    void readsBooleans() {
        assertThat(env.bool("DEBUG")).isTrue();
        assertThat(env.bool("MISSING", false)).isFalse();
        assertThatThrownBy(() -> env.bool("BAD_BOOL"))
                .hasMessage("Environment variable BAD_BOOL must be a boolean (true/false, 1/0, yes/no, on/off), "
                        + "but it is 'maybe'.");
    }

    @Test
    void readsCommaSeparatedLists() {
        assertThat(env.list("HOSTS")).containsExactly("a.example.com", "b.example.com");
        assertThat(env.list("MISSING", List.of("localhost"))).containsExactly("localhost");
    }

    @Test
    void readsUrls() {
        assertThat(env.url("DATABASE_URL")).isEqualTo(URI.create("postgres://u:p@db:5432/shop"));
        assertThat(env.url("MISSING", "sqlite:db.sqlite3").getScheme()).isEqualTo("sqlite");
        assertThatThrownBy(() -> env.url("BAD_URL"))
                .hasMessageStartingWith("Environment variable BAD_URL must be a URL, but it is 'not a url'");
    }
}
