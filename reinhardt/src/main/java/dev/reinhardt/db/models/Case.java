package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.sql.Query;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code CASE WHEN ... THEN ... ELSE ... END}: the value of the first branch
 * whose condition holds, else the default.
 */
public final class Case implements Expression {

    private final List<When> whens;
    private final Object otherwise;
    private final List<Expression> conditions;
    private final List<Expression> results;
    private final Expression fallback;

    /** Create a case with a default of {@code otherwise} (null for SQL NULL). */
    public Case(Object otherwise, When... whens) {
        this(List.of(whens), otherwise, null, null, Value.wrap(otherwise));
    }

    private Case(List<When> whens, Object otherwise, List<Expression> conditions, List<Expression> results,
                 Expression fallback) {
        if (whens.isEmpty()) {
            throw new IllegalArgumentException("Case needs at least one When.");
        }
        this.whens = whens;
        this.otherwise = otherwise;
        this.conditions = conditions;
        this.results = results;
        this.fallback = fallback;
    }

    @Override
    public Expression resolve(Query query) {
        List<Expression> resolvedConditions = new ArrayList<>();
        List<Expression> resolvedResults = new ArrayList<>();
        for (When when : whens) {
            resolvedConditions.add(query.buildCondition(when.condition()));
            resolvedResults.add(Value.wrap(when.then()).resolve(query));
        }
        return new Case(whens, otherwise, resolvedConditions, resolvedResults, fallback.resolve(query));
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        StringBuilder sql = new StringBuilder("CASE");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            Sql condition = compiler.compileCondition(conditions.get(i));
            if (condition == null) {
                continue;
            }
            Sql result = compiler.compile(results.get(i));
            sql.append(" WHEN ").append(condition.sql()).append(" THEN ").append(result.sql());
            params.addAll(condition.params());
            params.addAll(result.params());
        }
        Sql otherwiseSql = compiler.compile(fallback);
        if (sql.length() == "CASE".length()) {
            return otherwiseSql;
        }
        params.addAll(otherwiseSql.params());
        sql.append(" ELSE ").append(otherwiseSql.sql()).append(" END");
        return new Sql(sql.toString(), params);
    }

    @Override
    public ValueType outputType() {
        for (Expression result : results == null ? List.<Expression>of() : results) {
            if (result.outputType() != null) {
                return result.outputType();
            }
        }
        return fallback.outputType();
    }

    @Override
    public boolean containsAggregate() {
        return results != null && results.stream().anyMatch(Expression::containsAggregate);
    }
}
