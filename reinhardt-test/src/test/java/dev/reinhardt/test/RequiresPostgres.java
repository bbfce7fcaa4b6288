package dev.reinhardt.test;

import dev.reinhardt.test.library.settings.PostgresSettings;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.DriverManager;

/**
 * Skip the class when PostgreSQL does not answer at 127.0.0.1:5432, or fail
 * it under {@code CI=true}. Put it before {@code @ReinhardtTest}, so that the
 * class is skipped before the extension tries to create its database.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

    public final class Condition implements ExecutionCondition {
        private static Boolean available;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (answers() || "true".equals(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("PostgreSQL answers (or CI=true requires it)");
            }
            return ConditionEvaluationResult.disabled("PostgreSQL at 127.0.0.1:5432 is not running");
        }

        private static synchronized boolean answers() {
            if (available == null) {
                DriverManager.setLoginTimeout(3);
                try {
                    DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "").close();
                    available = true;
                } catch (Exception e) {
                    available = false;
                }
            }
            return available;
        }
    }
}
