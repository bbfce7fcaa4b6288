package dev.reinhardt.utils;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Find the closest names to a mistyped one, for "Did you mean ...?" hints.
 *
 * <p>Commands, settings, app labels, URL names, fields and lookups all use
 * this one helper, so every hint in Reinhardt behaves the same way: a
 * candidate qualifies when its similarity to the input (one minus the edit
 * distance over the longer length, compared case-insensitively) is at least
 * 0.6, and the most similar comes first.
 */
public final class Suggestions {

    private static final double CUTOFF = 0.6;

    private Suggestions() {
    }

    /** Return the candidate closest to {@code input}, if any is close enough. */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        return close(input, candidates).stream().findFirst();
    }

    /** Return the candidates close enough to {@code input}, most similar first. */
    public static List<String> close(String input, Collection<String> candidates) {
        String needle = input.toLowerCase();
        return candidates.stream()
                .map(candidate -> new Scored(candidate, similarity(needle, candidate.toLowerCase())))
                .filter(scored -> scored.score >= CUTOFF)
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::name))
                .map(Scored::name)
                .toList();
    }

    /**
     * Return {@code " Did you mean 'x'?"} for the closest candidate, or an
     * empty string, ready to append to an error message.
     */
    public static String didYouMean(String input, Collection<String> candidates) {
        return closest(input, candidates).map(name -> " Did you mean '" + name + "'?").orElse("");
    }

    private static double similarity(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 1.0 : 1.0 - (double) editDistance(a, b) / longest;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private record Scored(String name, double score) {
    }
}
