package dev.reinhardt.core.server.autoreload;

import java.nio.file.Path;

/**
 * One compile error, with its place in the source when it has one.
 *
 * @param file       the source file, or null for an error of no file (such as a bad option)
 * @param line       the 1-based line, or 0 when unknown
 * @param column     the 1-based column, or 0 when unknown
 * @param message    the compiler's message; further lines give details
 * @param sourceLine the text of the line, or null when unknown
 */
record CompileError(Path file, long line, long column, String message, String sourceLine) {

    /**
     * Return the error as javac prints it: {@code path/File.java:LINE: error: message},
     * the source line, a caret under the column, then the message's detail lines.
     * The path is relative to {@code base} when the file is below it.
     */
    String format(Path base) {
        String[] messageLines = message.split("\\R", -1);
        StringBuilder text = new StringBuilder();
        if (file != null) {
            Path shown = file.startsWith(base) ? base.relativize(file) : file;
            text.append(shown).append(':');
            if (line > 0) {
                text.append(line).append(':');
            }
            text.append(' ');
        }
        text.append("error: ").append(messageLines[0]).append('\n');
        if (sourceLine != null) {
            text.append(sourceLine).append('\n');
            if (column > 0) {
                text.append(caretIndent(sourceLine, (int) column - 1)).append("^\n");
            }
        }
        for (int i = 1; i < messageLines.length; i++) {
            text.append(messageLines[i]).append('\n');
        }
        return text.toString();
    }

    /** Keep the line's tabs so the caret lines up however the terminal shows them. */
    private static String caretIndent(String sourceLine, int width) {
        StringBuilder indent = new StringBuilder(width);
        for (int i = 0; i < width; i++) {
            indent.append(i < sourceLine.length() && sourceLine.charAt(i) == '\t' ? '\t' : ' ');
        }
        return indent.toString();
    }
}
