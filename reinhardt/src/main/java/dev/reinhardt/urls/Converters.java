package dev.reinhardt.urls;

import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.utils.Suggestions;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The registry of path converters: the built-in ones and those projects register. */
final class Converters {

    private static final Map<String, PathConverter<?>> REGISTRY = new ConcurrentHashMap<>();

    static {
        REGISTRY.put("str", of("[^/]+", value -> value));
        REGISTRY.put("path", of(".+", value -> value));
        REGISTRY.put("slug", of("[-a-zA-Z0-9_]+", value -> value));
        REGISTRY.put("int", of("[0-9]+", Integer::valueOf));
        REGISTRY.put("long", of("[0-9]+", Long::valueOf));
        REGISTRY.put("uuid", of("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", UUID::fromString));
    }

    private Converters() {
    }

    static void register(String name, PathConverter<?> converter) {
        if (REGISTRY.putIfAbsent(name, converter) != null) {
            throw new ImproperlyConfigured("Converter '" + name + "' is already registered.");
        }
    }

    static PathConverter<?> get(String name, String route) {
        PathConverter<?> converter = REGISTRY.get(name);
        if (converter == null) {
            throw new ImproperlyConfigured("URL route '" + route + "' uses invalid converter '" + name + "'."
                    + Suggestions.didYouMean(name, REGISTRY.keySet()));
        }
        return converter;
    }

    private static <T> PathConverter<T> of(String regex, Function<String, T> toJava) {
        return new PathConverter<>() {
            @Override
            public String regex() {
                return regex;
            }

            @Override
            public T toJava(String value) {
                return toJava.apply(value);
            }
        };
    }
}
