package dev.reinhardt.db.models.sql;

import dev.reinhardt.db.models.Q;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Choose INNER or LEFT OUTER for the joins one node of a filter tree uses, as
 * Django does: each child condition votes for the joins it needs a matching
 * row in. Under AND one vote makes a join INNER; under OR a join stays INNER
 * only when every child voted for it, else it becomes LEFT OUTER so that rows
 * matching another branch are not lost. Negation swaps AND and OR.
 */
final class JoinPromoter {

    private final Q.Connector effective;
    private final int children;
    private Map<String, Integer> votes;

    JoinPromoter(Q.Connector connector, int children, boolean negated) {
        this.effective = negated ? (connector == Q.Connector.AND ? Q.Connector.OR : Q.Connector.AND) : connector;
        this.children = children;
    }

    void addVotes(Set<String> aliases) {
        if (aliases.isEmpty()) {
            return;
        }
        if (votes == null) {
            votes = new HashMap<>();
        }
        for (String alias : aliases) {
            votes.merge(alias, 1, Integer::sum);
        }
    }

    /** Promote and demote the voted joins of {@code query}; return the joins this node needs INNER. */
    Set<String> updateJoinTypes(Query query) {
        if (votes == null) {
            return Set.of();
        }
        Set<String> promote = new HashSet<>();
        Set<String> demote = new HashSet<>();
        votes.forEach((alias, count) -> {
            if (effective == Q.Connector.OR && count < children) {
                promote.add(alias);
            }
            if (effective == Q.Connector.AND || count == children) {
                demote.add(alias);
            }
        });
        query.promoteJoins(promote);
        query.demoteJoins(demote);
        return demote;
    }
}
