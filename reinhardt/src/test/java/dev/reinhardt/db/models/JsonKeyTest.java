package dev.reinhardt.db.models;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.testapp.models.Everything;
import dev.reinhardt.exceptions.FieldError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Key lookups into a JSONField: {@code data__owner__name}. */
@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class JsonKeyTest {

    @Parameter
    String vendor;

    @BeforeEach
    void setUp() {
        TestDatabases.use(vendor);
        save("rex", Map.of("name", "Rex", "legs", 4, "owner", Map.of("name", "Bob")));
        save("tweety", Map.of("name", "Tweety", "legs", 2, "owner", Map.of("name", "Granny")));
        Map<String, Object> unnamed = new HashMap<>();
        unnamed.put("legs", 0);
        unnamed.put("name", null);
        save("fish", unnamed);
    }

    private static void save(String slug, Map<String, Object> data) {
        Everything e = new Everything();
        e.slug = slug;
        e.data = data;
        e.save();
    }

    private static List<String> slugs(QuerySet<Everything> rows) {
        return rows.orderBy("slug").valuesListFlat("slug", String.class).list();
    }

    @Test
    void keysCompareAsJsonValues() {
        assertThat(slugs(Everything.objects.filter("data__legs", 4))).containsExactly("rex");
        assertThat(slugs(Everything.objects.filter("data__name", "Tweety"))).containsExactly("tweety");
        assertThat(slugs(Everything.objects.filter("data__legs__gte", 2))).containsExactly("rex", "tweety");
        assertThat(slugs(Everything.objects.filter("data__legs__lt", 2))).containsExactly("fish");
        assertThat(slugs(Everything.objects.filter("data__legs__in", List.of(0, 4)))).containsExactly("fish", "rex");
        assertThat(slugs(Everything.objects.filter("data__legs__range", List.of(1, 3)))).containsExactly("tweety");
    }

    @Test
    void nestedKeysFollowThePath() {
        assertThat(slugs(Everything.objects.filter("data__owner__name", "Bob"))).containsExactly("rex");
        assertThat(slugs(Everything.objects.exclude("data__owner__name", "Bob"))).containsExactly("fish", "tweety");
    }

    @Test
    void textLookupsReadTheKeyAsText() {
        assertThat(slugs(Everything.objects.filter("data__name__icontains", "TWEE"))).containsExactly("tweety");
        assertThat(slugs(Everything.objects.filter("data__owner__name__startswith", "Gr"))).containsExactly("tweety");
    }

    @Test
    void nullMeansJsonNullAndIsnullMeansAMissingKey() {
        assertThat(slugs(Everything.objects.filter("data__name", null))).containsExactly("fish");
        assertThat(slugs(Everything.objects.filter("data__owner__isnull", true))).containsExactly("fish");
        assertThat(slugs(Everything.objects.filter("data__name__isnull", false)))
                .containsExactly("fish", "rex", "tweety");
    }

    @Test
    void keysMustBeIdentifiersAndValuesAreBound() {
        assertThatThrownBy(() -> Everything.objects.filter("data__x') OR 1=1 --", 1)).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> new KeyTransform(new F("data"), List.of("a'b"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("JSON key 'a'b' is not an identifier.");
        var sql = Everything.objects.filter("data__name", "x' OR '1'='1").sql();
        assertThat(sql.sql()).doesNotContain("OR '1'");
        assertThat(sql.params()).containsExactly("\"x' OR '1'='1\"");
    }
}
