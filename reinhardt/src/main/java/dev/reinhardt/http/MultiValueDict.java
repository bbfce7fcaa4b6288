package dev.reinhardt.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable map from a key to one or more values, in insertion order
 * (Django's {@code MultiValueDict}). {@link #get(String)} returns the last
 * value, as a form field sent twice is read in Django.
 *
 * @param <V> the type of the values
 */
public class MultiValueDict<V> {

    private final Map<String, List<V>> values;

    MultiValueDict(Map<String, List<V>> values) {
        this.values = values;
    }

    /** Return the last value for {@code key}, or null when the key is absent. */
    public V get(String key) {
        List<V> list = values.get(key);
        return list == null || list.isEmpty() ? null : list.getLast();
    }

    /** Return the last value for {@code key}, or {@code defaultValue} when the key is absent. */
    public V get(String key, V defaultValue) {
        V value = get(key);
        return value == null ? defaultValue : value;
    }

    /** Return all values for {@code key}, in order; empty when the key is absent. */
    public List<V> getList(String key) {
        return values.getOrDefault(key, List.of());
    }

    /** Return whether {@code key} is present. */
    public boolean containsKey(String key) {
        return values.containsKey(key);
    }

    /** Return the keys, in the order they first appeared. */
    public Set<String> keys() {
        return values.keySet();
    }

    /** Return the number of keys. */
    public int size() {
        return values.size();
    }

    /** Return whether there are no keys. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Return the contents as an unmodifiable map of lists. */
    public Map<String, List<V>> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MultiValueDict<?> dict && dict.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + values;
    }

    /** Collect key-value pairs into an immutable map of lists. */
    static final class Collector<V> {
        private final LinkedHashMap<String, List<V>> building = new LinkedHashMap<>();

        void add(String key, V value) {
            building.computeIfAbsent(key, k -> new java.util.ArrayList<>(1)).add(value);
        }

        Map<String, List<V>> build() {
            if (building.isEmpty()) {
                return Map.of();
            }
            building.replaceAll((key, list) -> List.copyOf(list));
            return Collections.unmodifiableMap(building);
        }
    }
}
