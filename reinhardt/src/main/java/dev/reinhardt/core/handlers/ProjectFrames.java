package dev.reinhardt.core.handlers;

import java.net.URL;
import java.security.CodeSource;

/**
 * Tell the project's own stack frames from those of the JDK, Reinhardt and
 * libraries, so the debug page shows the frames a developer can fix.
 * Used on the debug error path only, where loading classes by name is fine.
 */
final class ProjectFrames {

    private static final String[] LIBRARY_PREFIXES = {
        "java.", "javax.", "jdk.", "sun.", "com.sun.", "jakarta.", "org.eclipse.jetty.", "com.fasterxml.",
        "org.slf4j.", "ch.qos.", "org.junit.", "org.apache.maven."
    };
    private static final URL FRAMEWORK = location(ProjectFrames.class);

    private ProjectFrames() {
    }

    static boolean isProject(StackTraceElement frame) {
        if (frame.getModuleName() != null) {
            return false;
        }
        String name = frame.getClassName();
        for (String prefix : LIBRARY_PREFIXES) {
            if (name.startsWith(prefix)) {
                return false;
            }
        }
        if (!name.startsWith("dev.reinhardt.")) {
            return true;
        }
        // Reinhardt's own packages hold project code only when it was loaded from elsewhere (tests, examples).
        try {
            Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
            URL where = location(type);
            return where != null && !where.equals(FRAMEWORK);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static URL location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }
}
