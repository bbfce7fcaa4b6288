package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.ColumnLoader;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A run of columns loads each column with its loader, in order, whether spun or looped. */
class ColumnRunTest {

    private static ColumnLoader recording(String name) {
        return (rs, index, instance) -> {
            @SuppressWarnings("unchecked")
            List<String> calls = (List<String>) instance;
            calls.add(name + "@" + index);
        };
    }

    private static List<String> load(ColumnRun run) throws SQLException {
        List<String> calls = new ArrayList<>();
        run.load(null, calls);
        return calls;
    }

    @Test
    void aSpunRunCallsTheLoadersOfItsColumnsInOrder() throws SQLException {
        ColumnLoader[] loaders = {recording("id"), recording("name"), null, recording("price")};

        ColumnRun run = ColumnRun.of(loaders, 1, 4, new ConcurrentHashMap<>());

        assertThat(run.getClass().isHidden()).isTrue();
        assertThat(load(run)).containsExactly("name@2", "price@4");
    }

    @Test
    void aLoopedRunLoadsTheSameColumns() throws SQLException {
        ColumnLoader[] loaders = {recording("id"), recording("name"), null, recording("price")};

        ColumnRun run = ColumnRun.of(loaders, 1, 4, null);

        assertThat(run.getClass().isHidden()).isFalse();
        assertThat(load(run)).containsExactly("name@2", "price@4");
    }

    @Test
    void runsOfTheSameLoadersShareOneSpunClass() {
        ColumnLoader[] loaders = {recording("id"), recording("name")};

        Map<Object, ColumnRun> spun = new ConcurrentHashMap<>();

        ColumnRun first = ColumnRun.of(loaders, 0, 2, spun);
        ColumnRun second = ColumnRun.of(loaders.clone(), 0, 2, spun);
        ColumnRun shifted = ColumnRun.of(loaders, 1, 2, spun);

        assertThat(second).isSameAs(first);
        assertThat(shifted).isNotSameAs(first);
    }
}
