package dev.reinhardt.db.models;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.models.fields.Field;
import dev.reinhardt.db.testapp.models.Article;
import dev.reinhardt.db.testapp.models.Order;
import dev.reinhardt.db.testapp.models.Product;
import dev.reinhardt.db.testapp.models.Timestamped;
import dev.reinhardt.exceptions.FieldError;
import dev.reinhardt.exceptions.ImproperlyConfigured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    @BeforeAll
    static void registry() {
        TestDatabases.registry();
    }

    @Test
    void fieldsComeInDeclarationOrderAfterTheImplicitId() {
        Options<Order> options = Options.of(Order.class);
        assertThat(options.fields()).extracting(Field::name)
                .containsExactly("id", "status", "customer", "total", "quantity", "createdAt", "note");
        assertThat(options.pk().name()).isEqualTo("id");
        assertThat(options.pk().internalType()).isEqualTo("BigAutoField");
        assertThat(options).isSameAs(Options.of(Order.class));
    }

    @Test
    void tableIsAppLabelAndLowercaseModelNameUnlessOverridden() {
        assertThat(Options.of(Order.class).dbTable()).isEqualTo("testapp_order");
        assertThat(Options.of(Article.class).dbTable()).isEqualTo("articles");
    }

    @Test
    void columnsAreSnakeCase() {
        assertThat(Options.of(Order.class).getField("createdAt").column()).isEqualTo("created_at");
        assertThat(Field.snakeCase("HTMLParser")).isEqualTo("html_parser");
        assertThat(Field.snakeCase("publishedOn")).isEqualTo("published_on");
    }

    @Test
    void declaredPrimaryKeyReplacesTheImplicitId() {
        Options<Product> options = Options.of(Product.class);
        assertThat(options.pk().name()).isEqualTo("sku");
        assertThat(options.findField("id")).isNull();
        Product product = new Product();
        product.sku = "A1";
        assertThat(product.pk()).isEqualTo("A1");
    }

    @Test
    void abstractBasesLendTheirFieldsAndCannotBeQueried() {
        assertThat(Options.of(Article.class).fields()).extracting(Field::name)
                .containsExactly("id", "createdAt", "updatedAt", "title", "slug", "publishedOn", "words", "status");
        assertThatThrownBy(() -> Options.of(Timestamped.class)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("is abstract");
    }

    @Test
    void metaOptionsAreRead() {
        Options<Article> options = Options.of(Article.class);
        assertThat(options.ordering()).containsExactly("-publishedOn", "title");
        assertThat(options.getLatestBy()).isEqualTo("publishedOn");
        assertThat(options.verboseName()).isEqualTo("news article");
        assertThat(options.verboseNamePlural()).isEqualTo("news articles");
        assertThat(Options.of(Order.class).verboseName()).isEqualTo("order");
        assertThat(options.uniqueTogether()).containsExactly(java.util.List.of("title", "publishedOn"));
        assertThat(options.managers()).extracting(BaseManager::name).containsExactly("objects", "published");
        assertThat(options.defaultManager()).isSameAs(Article.objects);
    }

    @Test
    void getFieldNamesTheChoices() {
        assertThatThrownBy(() -> Options.of(Order.class).getField("totl")).isInstanceOf(FieldError.class)
                .hasMessage("Order has no field named 'totl'. Did you mean 'total'? Choices are: createdAt, customer, "
                        + "id, note, quantity, status, total.");
    }

    @Test
    void equalityIsByModelAndPrimaryKey() {
        Order a = new Order();
        Order b = new Order();
        assertThat(a).isNotEqualTo(b);
        a.id = 1L;
        b.id = 1L;
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        Article article = new Article();
        article.id = 1L;
        assertThat((Object) article).isNotEqualTo(a);
        assertThat(a.toString()).isEqualTo("Order object (1)");
    }
}
