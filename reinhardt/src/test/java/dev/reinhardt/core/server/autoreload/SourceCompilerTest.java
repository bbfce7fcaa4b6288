package dev.reinhardt.core.server.autoreload;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The compile step, with the JDK's own compiler on real files. */
class SourceCompilerTest {

    @TempDir
    Path project;

    private ProjectLayout layout;
    private SourceCompiler compiler;

    @BeforeEach
    void setUp() throws Exception {
        layout = ProjectLayout.of(project);
        Files.createDirectories(layout.sources().resolve("demo"));
        Files.createDirectories(layout.classes());
        // The classes folder is on the class path at run time: the compiler must leave it out itself.
        compiler = new SourceCompiler(layout.sources(), layout.classes(), List.of(layout.classes()), layout.staging());
    }

    @Test
    void goodSourceCompilesIntoTheClassesFolder() throws Exception {
        writeGreeting("first");

        assertThat(compiler.compile()).isEmpty();
        compiler.install(List.of());

        assertThat(layout.classes().resolve("demo/Greeting.class")).isRegularFile();
        assertThat(greeting()).isEqualTo("first");
    }

    @Test
    void brokenSourceIsReportedWithFileAndLineAndLeavesThePreviousClassInPlace() throws Exception {
        writeGreeting("first");
        assertThat(compiler.compile()).isEmpty();
        compiler.install(List.of());
        Path source = Files.writeString(layout.sources().resolve("demo/Greeting.java"), """
                package demo;

                public class Greeting {
                    public static String text() {
                        return "second"
                    }
                }
                """);

        List<CompileError> errors = compiler.compile();

        assertThat(errors).hasSize(1);
        CompileError error = errors.getFirst();
        assertThat(error.file()).isEqualTo(source);
        assertThat(error.line()).isEqualTo(5);
        assertThat(error.format(project)).isEqualTo("""
                src/main/java/demo/Greeting.java:5: error: ';' expected
                        return "second"
                                       ^
                """);
        assertThat(greeting()).as("the class compiled before the broken edit").isEqualTo("first");
    }

    @Test
    void errorWithDetailLinesPrintsThemAfterTheCaret() throws Exception {
        Files.writeString(layout.sources().resolve("demo/Greeting.java"), """
                package demo;

                public class Greeting {
                    public static String text() {
                        return missing();
                    }
                }
                """);

        List<CompileError> errors = compiler.compile();

        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().format(project)).isEqualTo("""
                src/main/java/demo/Greeting.java:5: error: cannot find symbol
                        return missing();
                               ^
                  symbol:   method missing()
                  location: class demo.Greeting
                """);
    }

    @Test
    void deletedSourceLosesItsClassesAndCannotBeReferencedAnyMore() throws Exception {
        writeGreeting("first");
        Path helper = Files.writeString(layout.sources().resolve("demo/Helper.java"), """
                package demo;

                public class Helper {
                    static class Inner {
                    }
                }
                """);
        assertThat(compiler.compile()).isEmpty();
        compiler.install(List.of());
        assertThat(layout.classes().resolve("demo/Helper$Inner.class")).isRegularFile();

        Files.delete(helper);
        assertThat(compiler.compile()).isEmpty();
        compiler.install(List.of(helper));

        assertThat(layout.classes().resolve("demo/Helper.class")).doesNotExist();
        assertThat(layout.classes().resolve("demo/Helper$Inner.class")).doesNotExist();
        assertThat(layout.classes().resolve("demo/Greeting.class")).isRegularFile();

        Files.writeString(layout.sources().resolve("demo/User.java"), """
                package demo;

                class User {
                    Helper helper;
                }
                """);
        assertThat(compiler.compile()).extracting(CompileError::message).containsExactly("cannot find symbol\n"
                + "  symbol:   class Helper\n  location: class demo.User");
    }

    @Test
    void editorScratchFilesAreNotCompiled() throws Exception {
        writeGreeting("first");
        Files.writeString(layout.sources().resolve("demo/.#Greeting.java"), "this is no Java");

        assertThat(compiler.compile()).isEmpty();
    }

    private void writeGreeting(String text) throws Exception {
        Files.writeString(layout.sources().resolve("demo/Greeting.java"), """
                package demo;

                public class Greeting {
                    public static String text() {
                        return "%s";
                    }
                }
                """.formatted(text));
    }

    /** Load the installed Greeting afresh, as a new server JVM would, and call it. */
    private String greeting() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {layout.classes().toUri().toURL()}, null)) {
            return (String) loader.loadClass("demo.Greeting").getMethod("text").invoke(null);
        }
    }
}
