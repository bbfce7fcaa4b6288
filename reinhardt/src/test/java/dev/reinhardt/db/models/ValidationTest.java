package dev.reinhardt.db.models;

import dev.reinhardt.db.TestDatabases;
import dev.reinhardt.db.testapp.models.Article;
import dev.reinhardt.db.testapp.models.Product;
import dev.reinhardt.exceptions.ValidationError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@ParameterizedClass
@ValueSource(strings = {"sqlite", "postgresql"})
class ValidationTest {

    @Parameter
    String vendor;

    @BeforeEach
    void setUp() {
        TestDatabases.use(vendor);
    }

    @Test
    void fullCleanReportsEveryErrorPerField() {
        Product product = new Product();
        product.sku = "SKU-1";
        product.name = "far too long a name";
        product.size = "XL";
        product.stock = 3;
        product.contact = "not-an-email";
        ValidationError error = catchThrowableOfType(ValidationError.class, product::fullClean);
        assertThat(error.messageDict()).containsExactly(
                Map.entry("name", List.of("Ensure this value has at most 10 characters (it has 19).")),
                Map.entry("size", List.of("Value 'XL' is not a valid choice.")),
                Map.entry("stock", List.of("Stock must be even.")),
                Map.entry("contact", List.of("Enter a valid email address.")));
    }

    @Test
    void fullCleanRequiresNonNullAndNonBlankValues() {
        Product product = new Product();
        product.sku = "SKU-2";
        product.name = "";
        ValidationError error = catchThrowableOfType(ValidationError.class, product::fullClean);
        assertThat(error.messageDict()).containsEntry("name", List.of("This field cannot be blank."))
                .containsEntry("size", List.of("This field cannot be null."))
                .containsEntry("stock", List.of("This field cannot be null."));
    }

    @Test
    void fullCleanChecksUniqueFieldsAndConstraints() {
        Article first = article("First", "first");
        first.save();
        Article clash = article("First", "first");
        ValidationError error = catchThrowableOfType(ValidationError.class, clash::fullClean);
        assertThat(error.messageDict()).containsEntry("slug", List.of("News article with this Slug already exists."))
                .containsEntry(ValidationError.NON_FIELD_ERRORS,
                        List.of("News article with this Title and Published on already exists."));
        first.fullClean();
    }

    @Test
    void fullCleanMergesModelCleanErrors() {
        Product product = new Product();
        product.sku = "SKU-3";
        product.name = "tent";
        product.size = "L";
        product.stock = 4;
        assertThatThrownBy(product::fullClean).isInstanceOf(ValidationError.class)
                .hasMessage("__all__: Large products need a stock of at least 10.");
    }

    @Test
    void fullCleanSkipsABlankAllowedFieldWhoseValueIsEmpty() {
        Product product = new Product();
        product.sku = "SKU-4";
        product.name = "tent";
        product.size = "M";
        product.stock = 2;
        product.contact = null;
        product.fullClean();
        product.contact = "";
        product.fullClean();
    }

    @Test
    void fullCleanChecksTheModelsCheckConstraints() {
        Article negative = article("Negative", "negative");
        negative.words = -1;
        ValidationError error = catchThrowableOfType(ValidationError.class, negative::fullClean);
        assertThat(error.messageDict()).containsEntry(ValidationError.NON_FIELD_ERRORS,
                List.of("Constraint “article_words_gte_0” is violated."));
        negative.words = 0;
        negative.fullClean();
        negative.fullClean("words");
    }

    static Article article(String title, String slug) {
        Article article = new Article();
        article.title = title;
        article.slug = slug;
        article.publishedOn = LocalDate.of(2026, 1, 1);
        return article;
    }
}
