package dev.reinhardt.core.server.autoreload;

import java.nio.file.Path;

/**
 * Recognizes the scratch files editors write next to the file being saved,
 * so that saving a source is one change, not several.
 */
final class EditorFiles {

    private EditorFiles() {
    }

    /**
     * Return whether {@code file} is an editor's temporary, backup, swap or
     * lock file: hidden files (Vim's {@code .Foo.java.swp}, Emacs'
     * {@code .#Foo.java}), backups ({@code Foo.java~}, {@code #Foo.java#}),
     * JetBrains' safe-write copies ({@code Foo.java___jb_tmp___}), and the
     * {@code 4913} file Vim writes to test a directory.
     */
    static boolean isTemporary(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String text = name.toString();
        return text.startsWith(".")
                || text.endsWith("~")
                || (text.startsWith("#") && text.endsWith("#"))
                || text.endsWith("___jb_tmp___")
                || text.endsWith("___jb_old___")
                || text.endsWith(".tmp")
                || text.endsWith(".swp")
                || text.endsWith(".swx")
                || text.equals("4913");
    }
}
