package dev.reinhardt.core.server.autoreload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesTest {

    @TempDir
    Path project;

    @Test
    void javaSourcesAndResourcesCallForAReloadOtherFilesDoNot() throws Exception {
        ProjectLayout layout = ProjectLayout.of(project);
        Path view = Files.createDirectories(layout.sources().resolve("shop")).resolve("Views.java");
        Files.writeString(view, "class Views {}");
        Path notes = layout.sources().resolve("shop/notes.txt");
        Path gone = layout.sources().resolve("shop/Old.java");
        Path message = layout.resources().resolve("messages.properties");
        Path pom = project.resolve("pom.xml");
        Changes changes = new Changes(layout);

        List<Path> relevant = changes.add(List.of(view, notes, gone, message, pom));

        assertThat(relevant).containsExactly(view, gone, message);
        assertThat(changes.sourcesChanged()).isTrue();
        assertThat(changes.deletedSources()).containsExactly(gone);
        assertThat(changes.resources()).containsExactly(message);
    }

    @Test
    void resourceChangeAloneNeedsNoCompile() {
        ProjectLayout layout = ProjectLayout.of(project);
        Changes changes = new Changes(layout);

        changes.add(List.of(layout.resources().resolve("logback.xml")));

        assertThat(changes.sourcesChanged()).isFalse();
    }
}
