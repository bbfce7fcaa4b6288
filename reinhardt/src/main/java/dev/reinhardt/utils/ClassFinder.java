package dev.reinhardt.utils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * List the classes of a package and its subpackages, from directories and
 * jars on the class path. This is how Reinhardt finds an app's models and
 * management commands, as Django finds them by importing modules.
 *
 * <p>Classes are loaded without being initialized, in name order, and nested
 * classes are skipped.
 */
public final class ClassFinder {

    private ClassFinder() {
    }

    /** Return the top-level classes in {@code packageName} and below, loaded by {@code loader}. */
    public static List<Class<?>> find(String packageName, ClassLoader loader) {
        String folder = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                switch (root.getProtocol()) {
                    case "file" -> collectFromDirectory(Path.of(root.toURI()), packageName, names);
                    case "jar" -> collectFromJar(root, folder, names);
                    default -> {
                        // Other class path kinds (such as jrt:) hold no project code.
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the classes of package " + packageName, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Could not list the classes of package " + packageName, e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("Could not load class " + name + ": " + e, e);
            }
        }
        return classes;
    }

    private static void collectFromDirectory(Path directory, String packageName, TreeSet<String> names)
            throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(file -> isTopLevelClass(file.getFileName().toString())).forEach(file -> {
                String relative = directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                names.add(packageName + "." + relative.substring(0, relative.length() - ".class".length()));
            });
        }
    }

    private static void collectFromJar(URL root, String folder, TreeSet<String> names) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                String simple = entry.substring(entry.lastIndexOf('/') + 1);
                if (entry.startsWith(folder + "/") && isTopLevelClass(simple)) {
                    names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
    }

    private static boolean isTopLevelClass(String fileName) {
        return fileName.endsWith(".class") && !fileName.contains("$")
                && !fileName.equals("package-info.class") && !fileName.equals("module-info.class");
    }
}
