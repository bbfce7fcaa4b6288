package dev.reinhardt.core.server.autoreload;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectLayoutTest {

    @Test
    void projectIsTheFolderAboveTheTargetClassesAClassCameFrom() {
        ProjectLayout layout = ProjectLayout.ofClass(SourceCompiler.class);

        Path module = Path.of("").toAbsolutePath();
        assertThat(layout.root()).isEqualTo(module);
        assertThat(layout.sources()).isEqualTo(module.resolve("src/main/java"));
        assertThat(layout.classes()).isEqualTo(module.resolve("target/classes"));
        assertThat(layout.watchedRoots()).containsExactly(module.resolve("src/main"));
    }

    @Test
    void classFromElsewhereIsRefusedWithAHint() {
        assertThatThrownBy(() -> ProjectLayout.ofClass(String.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Autoreload watches the sources of the project the settings class java.lang.String "
                        + "belongs to, but it was loaded from an unknown place, not from a target/classes folder "
                        + "beside src/main/java. Start the server with the project's ./manage script, or pass --noreload.");
    }
}
