package dev.reinhardt.urls;

import dev.reinhardt.exceptions.ImproperlyConfigured;
import dev.reinhardt.utils.Suggestions;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The registry of path converters: the built-in ones and those projects register. */
final class Converters {

    private static final Map<String, PathConverter<?>> REGISTRY = new ConcurrentHashMap<>();

    static {
        REGISTRY.put("str", simple("[^/]+"));
        REGISTRY.put("path", simple(".+"));
        REGISTRY.put("slug", simple("[-a-zA-Z0-9_]+"));
        REGISTRY.put("int", new PathConverter<Integer>() {
            @Override
            public String regex() {
                return "[0-9]+";
            }

            @Override
            public Integer toJava(String value) {
                return Integer.valueOf(value);
            }
        });
        REGISTRY.put("long", new PathConverter<Long>() {
            @Override
            public String regex() {
                return "[0-9]+";
            }

            @Override
            public Long toJava(String value) {
                return Long.valueOf(value);
            }
        });
        REGISTRY.put("uuid", new PathConverter<UUID>() {
            @Override
            public String regex() {
                return "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
            }

            @Override
            public UUID toJava(String value) {
                return UUID.fromString(value);
            }
        });
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

    private static PathConverter<String> simple(String regex) {
        return new PathConverter<>() {
            @Override
            public String regex() {
                return regex;
            }

            @Override
            public String toJava(String value) {
                return value;
            }
        };
    }
}
