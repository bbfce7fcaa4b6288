package dev.reinhardt.utils;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    private final List<String> commands = List.of("check", "runserver", "migrate", "makemigrations", "shell");

    @Test
    void typoSuggestsTheClosestName() {
        assertThat(Suggestions.closest("runservr", commands)).contains("runserver");
        assertThat(Suggestions.closest("migarte", commands)).contains("migrate");
    }

    @Test
    void unrelatedInputSuggestsNothing() {
        assertThat(Suggestions.closest("frobnicate", commands)).isEmpty();
        assertThat(Suggestions.didYouMean("frobnicate", commands)).isEmpty();
    }

    @Test
    void didYouMeanIsReadyToAppend() {
        assertThat(Suggestions.didYouMean("chek", commands)).isEqualTo(" Did you mean 'check'?");
    }

    @Test
    void closeNamesComeMostSimilarFirst() {
        assertThat(Suggestions.close("statu", List.of("status", "state", "id"))).containsExactly("status", "state");
    }
}
