package dev.reinhardt.db.models.sql;

import dev.reinhardt.db.models.JoinHop;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of one query by alias (Django's {@code alias_map} with its
 * reference counts): the base table and the joins, which are reused when
 * equal, promoted to LEFT OUTER and demoted to INNER. A join no part of the
 * plan refers to any more (its count fell to zero) is left out of the SQL.
 * Not thread-safe; {@link Query} shares it between copies until one of them
 * changes it, and copies it then.
 */
final class AliasMap {

    private final char prefix;
    private final Map<String, TableRef> tables = new LinkedHashMap<>();
    private final Map<String, Integer> refcount = new HashMap<>();
    /** This map as a value, kept until the map changes: most plans compile with the alias map they started with. */
    private Shape shape;

    AliasMap(String baseTable, String baseAlias, char prefix) {
        this.prefix = prefix;
        tables.put(baseAlias, new BaseTable(baseTable, baseAlias));
        refcount.put(baseAlias, 1);
    }

    AliasMap(AliasMap other) {
        this.prefix = other.prefix;
        this.tables.putAll(other.tables);
        this.refcount.putAll(other.refcount);
        this.shape = other.shape;
    }

    char prefix() {
        return prefix;
    }

    /**
     * The alias map as a value: equal for maps that render the same FROM clause
     * and make the same joins next. Its hash is computed once, since every
     * lookup of a compiled query's SQL hashes it.
     */
    private static final class Shape {
        private final char prefix;
        private final List<TableRef> tables;
        private final Map<String, Integer> refcount;
        private final int hash;

        Shape(char prefix, List<TableRef> tables, Map<String, Integer> refcount) {
            this.prefix = prefix;
            this.tables = tables;
            this.refcount = refcount;
            this.hash = java.util.Objects.hash(prefix, tables, refcount);
        }

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Shape that && hash == that.hash && prefix == that.prefix
                    && tables.equals(that.tables) && refcount.equals(that.refcount);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Return this map as an immutable value, for {@link QueryShape}. */
    Object shape() {
        Shape current = shape;
        if (current == null) {
            current = new Shape(prefix, List.copyOf(tables.values()), Map.copyOf(refcount));
            shape = current;
        }
        return current;
    }

    /** Return the tables in use, in join order. */
    List<TableRef> inUse() {
        return tables.values().stream().filter(table -> refcount.getOrDefault(table.alias(), 0) > 0).toList();
    }

    /** Return the aliases of the INNER joins. */
    Set<String> innerAliases() {
        if (tables.size() == 1) {
            return Set.of();
        }
        Set<String> inner = new HashSet<>();
        tables.forEach((alias, table) -> {
            if (table instanceof Join join && join.type() == Join.Type.INNER) {
                inner.add(alias);
            }
        });
        return inner;
    }

    /** Return whether a join is in use beyond the references {@code held} (alias to count) it always has. */
    boolean hasJoins(Collection<String> held) {
        return tables.values().stream().anyMatch(table -> table instanceof Join join
                && refcount.get(join.alias()) > (held.contains(join.alias()) ? 1 : 0));
    }

    /**
     * Join {@code hop} to {@code parentAlias}, reusing an equal join when
     * {@code reuse} is null or holds its alias; a new join is LEFT OUTER when
     * nullable or under an outer join. Return the alias.
     */
    String join(JoinHop hop, String parentAlias, Set<String> reuse) {
        shape = null;
        String table = hop.to().dbTable();
        String reused = null;
        for (TableRef ref : tables.values()) {
            if (ref instanceof Join existing && existing.tableName().equals(table)
                    && existing.parentAlias().equals(parentAlias) && existing.parentField() == hop.fromField()
                    && existing.field() == hop.toField() && (reuse == null || reuse.contains(existing.alias()))) {
                reused = existing.alias();
            }
        }
        if (reused != null) {
            refcount.merge(reused, 1, Integer::sum);
            return reused;
        }
        String alias = newAlias(table);
        Join.Type type = hop.nullable() || isOuter(parentAlias) ? Join.Type.LOUTER : Join.Type.INNER;
        tables.put(alias, new Join(table, alias, parentAlias, type, hop.fromField(), hop.toField(), hop.nullable(),
                hop.multiValued()));
        refcount.put(alias, 1);
        return alias;
    }

    /** Name a new alias: the table name the first time (in a main query), then {@code T<n>}; {@code U<n>} in subqueries. */
    private String newAlias(String table) {
        if (prefix != 'T') {
            return prefix + String.valueOf(tables.size());
        }
        return tables.containsKey(table) ? "T" + (tables.size() + 1) : table;
    }

    /** Drop one reference to {@code alias}. */
    void unref(String alias) {
        shape = null;
        refcount.computeIfPresent(alias, (key, count) -> count - 1);
    }

    boolean isOuter(String alias) {
        return tables.get(alias) instanceof Join join && join.type() == Join.Type.LOUTER;
    }

    /** Make {@code aliases} LEFT OUTER where nullable or under an outer join, and their children after them. */
    void promote(Set<String> aliases) {
        if (aliases.isEmpty()) {
            return;
        }
        shape = null;
        Deque<String> queue = new ArrayDeque<>(aliases);
        while (!queue.isEmpty()) {
            String alias = queue.poll();
            if (!(tables.get(alias) instanceof Join join) || join.type() == Join.Type.LOUTER) {
                continue;
            }
            if (join.nullable() || isOuter(join.parentAlias())) {
                tables.put(alias, join.withType(Join.Type.LOUTER));
                for (TableRef ref : tables.values()) {
                    if (ref instanceof Join child && child.parentAlias().equals(alias) && !queue.contains(child.alias())) {
                        queue.add(child.alias());
                    }
                }
            }
        }
    }

    /** Make {@code aliases} INNER, and their outer parents too (an inner join below an outer one filters anyway). */
    void demote(Set<String> aliases) {
        if (aliases.isEmpty()) {
            return;
        }
        shape = null;
        Deque<String> queue = new ArrayDeque<>(aliases);
        while (!queue.isEmpty()) {
            String alias = queue.poll();
            if (tables.get(alias) instanceof Join join && join.type() == Join.Type.LOUTER) {
                tables.put(alias, join.withType(Join.Type.INNER));
                if (isOuter(join.parentAlias())) {
                    queue.add(join.parentAlias());
                }
            }
        }
    }
}
