package dev.reinhardt.test.shelf;

import dev.reinhardt.db.Connections;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.exceptions.IntegrityError;
import dev.reinhardt.test.shelf.models.Bookshop;
import dev.reinhardt.test.shelf.models.Genre;
import dev.reinhardt.test.shelf.models.Novel;
import dev.reinhardt.test.shelf.models.Review;
import dev.reinhardt.test.shelf.models.Tag;
import dev.reinhardt.test.shelf.models.Writer;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two tests that fill every table of the shelf, rows pointing at each other
 * in every way, and leave them; each checks first that every table is empty.
 * Subclasses run them in both orders with {@code Isolation.TRUNCATE}, on
 * each backend: whichever runs second proves the tables were emptied.
 */
abstract class ShelfPair {

    static final List<String> TABLES = List.of("shelf_bookshop", "shelf_genre", "shelf_novel", "shelf_novel_tags",
            "shelf_review", "shelf_shop", "shelf_tag", "shelf_writer");

    /** Runs the tests in reverse alphabetical order. */
    public static final class ReverseMethodName implements MethodOrderer {
        @Override
        public void orderMethods(MethodOrdererContext context) {
            context.getMethodDescriptors().sort(
                    Comparator.comparing((MethodDescriptor method) -> method.getMethod().getName()).reversed());
        }
    }

    @Test
    void aFindsTheTablesWithTheirKeysAndFillsThem() {
        assertEveryTableEmpty();
        DatabaseWrapper connection = Connections.get("default");
        assertThat(connection.introspection().tableNames()).filteredOn(table -> table.startsWith("shelf_"))
                .containsExactlyElementsOf(TABLES);
        assertThat(foreignKeys(connection, "shelf_novel"))
                .containsExactlyInAnyOrder("writer_id -> shelf_writer.id", "genre_id -> shelf_genre.id");
        assertThat(foreignKeys(connection, "shelf_writer")).containsExactly("best_known_for_id -> shelf_novel.id");
        assertThat(foreignKeys(connection, "shelf_genre")).containsExactly("parent_id -> shelf_genre.id");
        assertThat(foreignKeys(connection, "shelf_novel_tags"))
                .containsExactlyInAnyOrder("novel_id -> shelf_novel.id", "tag_id -> shelf_tag.id");
        assertThat(foreignKeys(connection, "shelf_review")).containsExactly("novel_id -> shelf_novel.id");
        assertThat(foreignKeys(connection, "shelf_bookshop")).containsExactly("shop_ptr_id -> shelf_shop.id");
        fill();
        assertThatThrownBy(() -> connection.execute("INSERT INTO shelf_novel (title, writer_id) VALUES (?, ?)",
                "Orphan", 999_999)).isInstanceOf(IntegrityError.class);
    }

    @Test
    void bFindsEveryTableEmptyAndFillsThemAgain() {
        assertEveryTableEmpty();
        fill();
    }

    private static List<String> foreignKeys(DatabaseWrapper connection, String table) {
        return connection.introspection().foreignKeys(table).stream()
                .map(key -> key.column() + " -> " + key.toTable() + "." + key.toColumn()).toList();
    }

    private static void assertEveryTableEmpty() {
        DatabaseWrapper connection = Connections.get("default");
        for (String table : TABLES) {
            assertThat(((Number) connection.fetchAll("SELECT COUNT(*) FROM " + table).getFirst().getFirst()).longValue())
                    .as(table).isZero();
        }
    }

    /** Write a row into every table: a genre in a genre, a writer and their novel pointing at each other, and more. */
    private static void fill() {
        Genre fiction = Genre.objects.create(genre -> genre.name = "Fiction");
        Genre satire = Genre.objects.create(genre -> {
            genre.name = "Satire";
            genre.parent.set(fiction);
        });
        Writer swift = Writer.objects.create(writer -> writer.name = "Swift");
        Novel gulliver = Novel.objects.create(novel -> {
            novel.title = "Gulliver's Travels";
            novel.writer.set(swift);
            novel.genre.set(satire);
        });
        swift.bestKnownFor.set(gulliver);
        swift.save();
        gulliver.tags.add(Tag.objects.create(tag -> tag.name = "classic"));
        Review.objects.create(review -> {
            review.novel.set(gulliver);
            review.text = "Still sharp.";
        });
        Bookshop.objects.create(shop -> shop.name = "Corner Books");
        assertThat(Writer.objects.get("name", "Swift").bestKnownFor.get().title).isEqualTo("Gulliver's Travels");
    }
}
