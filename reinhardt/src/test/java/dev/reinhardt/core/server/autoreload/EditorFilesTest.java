package dev.reinhardt.core.server.autoreload;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EditorFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {".Views.java.swp", ".Views.java.swx", "Views.java~", "#Views.java#", ".#Views.java",
            "4913", "Views.java___jb_tmp___", "Views.java___jb_old___", "Views.java.tmp"})
    void editorScratchFilesAreTemporary(String name) {
        assertThat(EditorFiles.isTemporary(Path.of("src/main/java/shop", name))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Views.java", "messages.properties", "logback.xml", "4913.txt", "index.html"})
    void sourcesAndResourcesAreNotTemporary(String name) {
        assertThat(EditorFiles.isTemporary(Path.of("src/main/java/shop", name))).isFalse();
    }
}
