package dev.reinhardt.core.management.commands;

import dev.reinhardt.core.management.CommandError;

import javax.lang.model.SourceVersion;

/** Validation of the names {@code startproject} and {@code startapp} turn into Java packages. */
final class Names {

    private Names() {
    }

    /**
     * Check that {@code name} can be a Java package segment in lower case.
     *
     * @throws CommandError saying why not and what would do
     */
    static void requirePackageName(String name, String kind) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new CommandError("'" + name + "' is not a valid " + kind + " name. Use lowercase letters, digits "
                    + "and underscores, starting with a letter (for example 'mysite').");
        }
        if (SourceVersion.isKeyword(name)) {
            throw new CommandError("'" + name + "' is a Java keyword and cannot be a " + kind + " name. "
                    + "Please try another name.");
        }
    }

    /** Return {@code snake_name} as {@code SnakeName}. */
    static String camel(String snakeName) {
        StringBuilder camel = new StringBuilder();
        for (String part : snakeName.split("_")) {
            if (!part.isEmpty()) {
                camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return camel.toString();
    }
}
