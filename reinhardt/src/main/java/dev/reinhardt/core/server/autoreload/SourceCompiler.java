package dev.reinhardt.core.server.autoreload;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Compiles a project's Java sources in-process with {@code javax.tools}, in
 * two steps so that a broken edit never touches the classes in use:
 * {@link #compile()} builds every source into a staging folder, and only
 * when that succeeds does {@link #install(Collection)} copy the result into
 * the project's classes folder.
 *
 * <p>Every source is compiled each time: a change to a constant or a method
 * signature then reaches every class that uses it. Annotation processors do
 * not run. Not thread-safe.
 */
final class SourceCompiler {

    private static final List<String> OPTIONS = List.of("-parameters", "-g", "-nowarn", "-Xlint:none",
            "-implicit:none", "-proc:none");

    private final JavaCompiler javac;
    private final Path sources;
    private final Path classes;
    private final List<Path> classPath;
    private final Path staging;

    /**
     * Compile the sources below {@code sources} against {@code classPath}
     * (from which {@code classes} is left out, so a deleted source's stale
     * class cannot satisfy a reference), staging in {@code staging}, which
     * this compiler owns and empties.
     *
     * @throws IllegalStateException when this Java runtime has no compiler
     */
    SourceCompiler(Path sources, Path classes, List<Path> classPath, Path staging) {
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("Autoreload needs a JDK, but " + System.getProperty("java.home")
                    + " is a Java runtime without a compiler. Run on a JDK, or pass --noreload.");
        }
        this.sources = sources.toAbsolutePath();
        this.classes = classes.toAbsolutePath();
        this.classPath = classPath.stream().map(Path::toAbsolutePath).filter(path -> !path.equals(this.classes)).toList();
        this.staging = staging.toAbsolutePath();
    }

    /** Compile every source into the staging folder and return the errors; none means {@link #install} may follow. */
    List<CompileError> compile() throws IOException {
        deleteTree(staging);
        Files.createDirectories(staging);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(path -> path.toString().endsWith(".java") && !EditorFiles.isTemporary(path)
                    && Files.isRegularFile(path)).sorted().toList();
        }
        if (files.isEmpty()) {
            return List.of();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        boolean compiled;
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ENGLISH,
                StandardCharsets.UTF_8)) {
            fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(staging));
            fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            fileManager.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of());
            compiled = javac.getTask(output, fileManager, diagnostics, OPTIONS, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
        }
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(toError(diagnostic));
            }
        }
        if (!compiled && errors.isEmpty()) {
            errors.add(new CompileError(null, 0, 0, "The compiler failed: " + output.toString().strip(), null));
        }
        return List.copyOf(errors);
    }

    /**
     * Copy the classes staged by a successful {@link #compile()} into the
     * classes folder, and delete from it the classes of {@code deletedSources}
     * that the compile did not produce again.
     */
    void install(Collection<Path> deletedSources) throws IOException {
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path staged : walk.filter(Files::isRegularFile).toList()) {
                Path target = classes.resolve(staging.relativize(staged).toString());
                Files.createDirectories(target.getParent());
                Files.copy(staged, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (Path source : deletedSources) {
            Path relative = sources.relativize(source.toAbsolutePath());
            String name = relative.getFileName().toString().replaceFirst("\\.java$", "");
            Path packageDir = relative.getParent() == null ? classes : classes.resolve(relative.getParent().toString());
            Path stagedDir = relative.getParent() == null ? staging : staging.resolve(relative.getParent().toString());
            if (!Files.isDirectory(packageDir)) {
                continue;
            }
            try (Stream<Path> list = Files.list(packageDir)) {
                for (Path classFile : list.toList()) {
                    String file = classFile.getFileName().toString();
                    boolean ofSource = file.equals(name + ".class")
                            || (file.startsWith(name + "$") && file.endsWith(".class"));
                    if (ofSource && !Files.exists(stagedDir.resolve(file))) {
                        Files.deleteIfExists(classFile);
                    }
                }
            }
        }
    }

    private static CompileError toError(Diagnostic<? extends JavaFileObject> diagnostic) {
        String message = diagnostic.getMessage(Locale.ENGLISH);
        JavaFileObject source = diagnostic.getSource();
        if (source == null || diagnostic.getLineNumber() == Diagnostic.NOPOS) {
            return new CompileError(source == null ? null : Path.of(source.toUri()), 0, 0, message, null);
        }
        Path file = Path.of(source.toUri());
        long line = diagnostic.getLineNumber();
        String text;
        try {
            text = source.getCharContent(true).toString();
        } catch (IOException e) {
            return new CompileError(file, line, 0, message, null);
        }
        int lineStart = lineStart(text, line);
        int lineEnd = text.indexOf('\n', lineStart);
        String sourceLine = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).stripTrailing();
        long column = diagnostic.getPosition() == Diagnostic.NOPOS ? 0 : diagnostic.getPosition() - lineStart + 1;
        return new CompileError(file, line, column, message, sourceLine);
    }

    private static int lineStart(String text, long line) {
        int start = 0;
        for (long current = 1; current < line; current++) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return start;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
