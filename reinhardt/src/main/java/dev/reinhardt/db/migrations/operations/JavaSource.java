package dev.reinhardt.db.migrations.operations;

import dev.reinhardt.db.migrations.state.FieldState;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What operations use to write themselves as Java source: literals, field
 * states, and type names whose imports it collects for the file.
 * Not thread-safe; one per generated file.
 */
public final class JavaSource {

    private final String packageName;
    private final TreeSet<String> imports = new TreeSet<>();
    private final TreeSet<String> staticImports = new TreeSet<>();

    /** Create a renderer for a file in {@code packageName}. */
    public JavaSource(String packageName) {
        this.packageName = packageName;
    }

    /** Return the simple name of {@code type}, importing it. */
    public String type(Class<?> type) {
        return type(type.getName().replace('$', '.'));
    }

    /** Return the simple name of the class {@code qualifiedName}, importing it unless it is in this file's package. */
    public String type(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        String owner = dot < 0 ? "" : qualifiedName.substring(0, dot);
        if (!owner.equals(packageName) && !owner.equals("java.lang")) {
            imports.add(qualifiedName);
        }
        return qualifiedName.substring(dot + 1);
    }

    /** Return {@code member} of {@code owner}, statically imported. */
    public String staticMember(Class<?> owner, String member) {
        staticImports.add(owner.getName() + "." + member);
        return member;
    }

    /** Return {@code field} as a {@code field("CharField", "maxLength", 20)} call. */
    public String field(FieldState field) {
        StringBuilder out = new StringBuilder(staticMember(FieldState.class, "field")).append('(')
                .append(literal(field.type()));
        field.options().forEach((name, value) -> out.append(", ").append(literal(name)).append(", ")
                .append(literal(value)));
        return out.append(')').toString();
    }

    /** Return a call of {@code type}'s static {@code method} with {@code arguments} written as Java, importing the type. */
    public String call(Class<?> type, String method, Object... arguments) {
        return type(type) + "." + method + "(" + arguments(Arrays.asList(arguments)) + ")";
    }

    /** Return a call of the builder method {@code method} on a line of its own, as generated migrations chain them. */
    public String chained(String method, Object... arguments) {
        return "\n        ." + method + "(" + arguments(Arrays.asList(arguments)) + ")";
    }

    /** Return {@code values} separated by commas: field states as {@link #field} calls, the rest as {@link #literal}s. */
    String arguments(List<?> values) {
        return String.join(", ", values.stream()
                .map(value -> value instanceof FieldState field ? field(field) : literal(value)).toList());
    }

    /**
     * Return {@code value} as a Java expression: strings, numbers, booleans,
     * enum constants, big decimals, lists and maps of those.
     *
     * @throws IllegalArgumentException for a value of another type
     */
    public String literal(Object value) {
        return switch (value) {
            case null -> "null";
            case String text -> quote(text);
            case Integer number -> number.toString();
            case Long number -> number + "L";
            case Double number -> number.toString();
            case Boolean flag -> flag.toString();
            case BigDecimal decimal -> "new " + type(BigDecimal.class) + "(" + quote(decimal.toPlainString()) + ")";
            case Enum<?> constant -> type(constant.getDeclaringClass()) + "." + constant.name();
            case List<?> list -> type(List.class) + ".of(" + String.join(", ", list.stream().map(this::literal)
                    .toList()) + ")";
            case Map<?, ?> map -> mapLiteral(map);
            default -> throw new IllegalArgumentException("Cannot write " + value + " (" + value.getClass().getName()
                    + ") into a migration; use strings, numbers, booleans, enum constants or lists of them.");
        };
    }

    private String mapLiteral(Map<?, ?> map) {
        StringBuilder out = new StringBuilder(type(Map.class)).append(".of(");
        String separator = "";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(separator).append(literal(entry.getKey())).append(", ").append(literal(entry.getValue()));
            separator = ", ";
        }
        return out.append(')').toString();
    }

    /** Return {@code text} as a Java string literal. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Return the collected imports, sorted. */
    public List<String> imports() {
        return List.copyOf(imports);
    }

    /** Return the collected static imports, sorted. */
    public List<String> staticImports() {
        return List.copyOf(staticImports);
    }
}
