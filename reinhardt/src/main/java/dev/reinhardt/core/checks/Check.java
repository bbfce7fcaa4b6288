package dev.reinhardt.core.checks;

import java.util.List;

/**
 * A system check: inspects the project and returns what it finds, never
 * throws for a finding (Django's check functions).
 */
@FunctionalInterface
public interface Check {

    /** Return the findings for {@code context}; an empty list when all is well. */
    List<CheckMessage> check(CheckContext context);
}
