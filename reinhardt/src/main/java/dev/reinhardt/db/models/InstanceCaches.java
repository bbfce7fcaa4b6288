package dev.reinhardt.db.models;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What queries left on one instance beyond its fields: annotation values,
 * and the related objects loaded for its reverse one-to-one, reverse and
 * many-to-many relations. Made only for instances that have any, so that
 * plain rows cost no more than their fields. Not thread-safe, like the
 * instance it belongs to.
 */
final class InstanceCaches {

    private Map<String, Object> annotations;
    private Map<String, Object> relatedOne;
    private Map<String, List<? extends Model>> prefetched;

    Object annotation(String name) {
        return annotations == null ? null : annotations.get(name);
    }

    void putAnnotation(String name, Object value) {
        if (annotations == null) {
            annotations = new HashMap<>();
        }
        annotations.put(name, value);
    }

    boolean hasRelatedOne(String accessor) {
        return relatedOne != null && relatedOne.containsKey(accessor);
    }

    Object relatedOne(String accessor) {
        return relatedOne == null ? null : relatedOne.get(accessor);
    }

    void cacheRelatedOne(String accessor, Model object) {
        if (relatedOne == null) {
            relatedOne = new HashMap<>();
        }
        relatedOne.put(accessor, object);
    }

    List<? extends Model> prefetched(String name) {
        return prefetched == null ? null : prefetched.get(name);
    }

    void cachePrefetched(String name, List<? extends Model> objects) {
        if (prefetched == null) {
            prefetched = new HashMap<>();
        }
        prefetched.put(name, List.copyOf(objects));
    }

    void forgetPrefetched(String name) {
        if (prefetched != null) {
            prefetched.remove(name);
        }
    }
}
