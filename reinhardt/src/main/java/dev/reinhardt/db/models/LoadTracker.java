package dev.reinhardt.db.models;

import java.security.CodeSource;
import java.util.Objects;

/**
 * Tell the open {@link QueryScope} about a lazy relation load and the line of
 * project code that caused it: the first stack frame whose class was not
 * loaded from the framework's own code.
 */
final class LoadTracker {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final CodeSource FRAMEWORK = Model.class.getProtectionDomain().getCodeSource();

    private LoadTracker() {
    }

    static void lazyLoad(Class<?> model, String relation, String fix) {
        QueryScope scope = QueryScope.current().orElse(null);
        if (scope == null || !scope.tracksLoads()) {
            return;
        }
        String site = WALKER.walk(frames -> frames
                .filter(frame -> !isFramework(frame.getDeclaringClass()))
                .findFirst()
                .map(frame -> frame.getClassName() + "." + frame.getMethodName() + "(" + frame.getFileName() + ":"
                        + frame.getLineNumber() + ")")
                .orElse("(framework code)"));
        scope.recordLoad(model, relation, site, fix);
    }

    private static boolean isFramework(Class<?> type) {
        if (type.getName().startsWith("java.") || type.getName().startsWith("jdk.")) {
            return true;
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source != null && FRAMEWORK != null && Objects.equals(source.getLocation(), FRAMEWORK.getLocation());
    }
}
