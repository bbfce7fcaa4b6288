package dev.reinhardt.core.management;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Render the skeletons of {@code startproject} and {@code startapp} from the
 * templates shipped in Reinhardt's jar. {@code files.txt} beside the
 * templates maps each template to its target path; {@code {{ name }}}
 * placeholders are replaced in paths and contents.
 */
public final class Templates {

    private static final String ROOT = "templates/";

    private Templates() {
    }

    /**
     * Write the files of template set {@code kind} ({@code "project"} or
     * {@code "app"}) below {@code target}, with {@code context} filled in, and
     * return the paths written.
     */
    public static List<Path> render(String kind, Path target, Map<String, String> context) {
        List<Path> written = new ArrayList<>();
        for (String line : read("files.txt").split("\n")) {
            if (!line.startsWith(kind + "/")) {
                continue;
            }
            String[] parts = line.split(" -> ");
            boolean executable = parts[1].endsWith(" +x");
            String destination = executable ? parts[1].substring(0, parts[1].length() - 3) : parts[1];
            Path file = target.resolve(fill(destination, context));
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, fill(read(parts[0]), context));
                if (executable) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + file, e);
            }
            written.add(file);
        }
        return written;
    }

    private static String fill(String text, Map<String, String> context) {
        String result = text;
        for (Map.Entry<String, String> entry : context.entrySet()) {
            result = result.replace("{{ " + entry.getKey() + " }}", entry.getValue());
        }
        return result;
    }

    private static String read(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("Template " + name + " is missing from Reinhardt's jar.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
