package dev.reinhardt.db.models.fields;

import dev.reinhardt.db.backends.base.ColumnSpec;
import dev.reinhardt.db.backends.base.DatabaseWrapper;
import dev.reinhardt.db.backends.base.ValueReader;
import dev.reinhardt.db.backends.base.ValueType;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One field of a model, built once from its annotation: name, column,
 * options, kind, and the {@link VarHandle} that reads and writes the value
 * on instances without per-row reflection. Immutable and thread-safe.
 */
public final class Field {

    private final Class<?> model;
    private final String name;
    private final String javaName;
    private final String column;
    private final FieldKind kind;
    private final Class<?> javaType;
    private final Type genericType;
    private final boolean holdsValue;
    private volatile ValueType valueType;
    private final VarHandle handle;
    private final java.lang.reflect.Field javaField;
    /** Made on first use (a class is spun for it); a race only makes a spare one. */
    private FieldAccessor accessor;
    /** The loader last built, for the connection it was built for: most projects read one database. */
    private volatile LoaderFor loader;
    private final Map<String, Object> options;
    private final List<String> choices;
    private final List<Validator> validators;

    private record LoaderFor(DatabaseWrapper connection, ColumnLoader loader) {
    }

    private Field(Class<?> model, java.lang.reflect.Field javaField, FieldKind kind, Map<String, Object> options,
                  List<Validator> validators) {
        this.model = model;
        this.name = (String) options.getOrDefault("name", javaField.getName());
        this.javaName = javaField.getName();
        this.kind = kind;
        this.options = Map.copyOf(options);
        String dbColumn = (String) options.getOrDefault("dbColumn", "");
        this.column = dbColumn.isEmpty() ? kind.defaultColumn(this) : dbColumn;
        this.javaType = javaField.getType();
        this.javaField = javaField;
        this.genericType = javaField.getGenericType();
        this.holdsValue = kind.holdsValue();
        List<String> declared = List.of((String[]) options.getOrDefault("choices", new String[0]));
        if (declared.isEmpty() && javaType.isEnum()) {
            declared = java.util.Arrays.stream(javaType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
        this.choices = declared;
        this.validators = List.copyOf(validators);
        try {
            this.handle = MethodHandles.privateLookupIn(javaField.getDeclaringClass(), MethodHandles.lookup())
                    .unreflectVarHandle(javaField);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot access field " + javaField + "; make it public.", e);
        }
    }

    /**
     * Build the field that {@code annotation} (a field annotation marked with {@link Kind}) declares on
     * {@code javaField} of {@code model}.
     */
    public static Field of(Class<?> model, java.lang.reflect.Field javaField, Annotation annotation) {
        Kind marker = annotation.annotationType().getAnnotation(Kind.class);
        FieldKind kind = FieldKinds.get(marker.value());
        Map<String, Object> options = new LinkedHashMap<>();
        List<Validator> validators = new ArrayList<>();
        for (Method attribute : annotation.annotationType().getDeclaredMethods()) {
            try {
                Object value = attribute.invoke(annotation);
                if (attribute.getName().equals("validators")) {
                    for (Class<?> type : (Class<?>[]) value) {
                        validators.add((Validator) type.getDeclaredConstructor().newInstance());
                    }
                } else {
                    options.put(attribute.getName(), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + annotation + " on " + javaField + ": " + e, e);
            }
        }
        return new Field(model, javaField, kind, options, validators);
    }

    /**
     * Build a field the ORM declares itself, such as a foreign key of an
     * auto-created many-to-many join table: {@code kindName} as registered,
     * {@code options} as an annotation's attributes would give them (a
     * {@code "name"} option overrides the Java field's name).
     */
    public static Field synthetic(Class<?> model, java.lang.reflect.Field javaField, String kindName,
                                  Map<String, Object> options) {
        return new Field(model, javaField, FieldKinds.get(kindName), options, List.of());
    }

    /** Build the implicit {@code id} primary key on {@code javaField}. */
    public static Field implicitId(Class<?> model, java.lang.reflect.Field javaField) {
        return new Field(model, javaField, FieldKinds.get("BigAutoField"),
                Map.of("primaryKey", true, "editable", false), List.of());
    }

    /** Return {@code name} in snake_case: {@code createdAt} becomes {@code created_at}. */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
                boolean endsAcronym = i > 0 && i + 1 < name.length() && Character.isUpperCase(name.charAt(i - 1))
                        && Character.isLowerCase(name.charAt(i + 1));
                if (afterLower || endsAcronym) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- metadata

    /** Return the model class this field belongs to. */
    public Class<?> model() {
        return model;
    }

    /** Return the Java field name, used in lookups. */
    public String name() {
        return name;
    }

    /** Return the column name. */
    public String column() {
        return column;
    }

    /** Return the kind. */
    public FieldKind kind() {
        return kind;
    }

    /** Return the internal type, such as {@code "CharField"}. */
    public String internalType() {
        return kind.internalType();
    }

    /** Return the Java type of the field. */
    public Class<?> javaType() {
        return javaType;
    }

    /** Return the generic Java type of the field (for JSON). */
    public Type genericType() {
        return genericType;
    }

    /**
     * Return the value type backends convert: the kind's own, or for a
     * relation the type of the target field's column (resolved on first use).
     */
    public ValueType valueType() {
        ValueType current = valueType;
        if (current == null) {
            Field source = kind.columnTypeSource(this);
            current = source == this ? new ValueType(kind.internalType(), javaType) : relatedType(source.valueType());
            valueType = current;
        }
        return current;
    }

    /** Return the type a column referring to a column of {@code type} has: numbered keys become plain integers. */
    private static ValueType relatedType(ValueType type) {
        String internal = switch (type.internalType()) {
            case "AutoField", "PositiveIntegerField" -> "IntegerField";
            case "BigAutoField", "PositiveBigIntegerField" -> "BigIntegerField";
            case "SmallAutoField", "PositiveSmallIntegerField" -> "SmallIntegerField";
            default -> type.internalType();
        };
        return new ValueType(internal, type.javaType());
    }

    /** Return the declared options by annotation attribute name: with {@link #kind()}, the field's full description. */
    public Map<String, Object> options() {
        return options;
    }

    /** Return the declared option {@code name}, or null. */
    public Object option(String name) {
        return options.get(name);
    }

    /** Return whether the field has a column (a many-to-many field has none). */
    public boolean hasColumn() {
        return kind.hasColumn();
    }

    /** Return whether the field relates to another model (foreign key, one-to-one, many-to-many, parent link). */
    public boolean isRelation() {
        return kind.isRelation();
    }

    /** Return the name of the Java field holding the value (a parent link's is the parent's primary key field). */
    public String javaName() {
        return javaName;
    }

    public boolean primaryKey() {
        return flag("primaryKey");
    }

    public boolean nullable() {
        return flag("nullable");
    }

    public boolean blank() {
        return flag("blank");
    }

    public boolean unique() {
        return flag("unique") || primaryKey() || kind.impliesUnique();
    }

    public boolean dbIndex() {
        return flag("dbIndex");
    }

    public boolean editable() {
        return !options.containsKey("editable") || flag("editable");
    }

    public boolean autoNow() {
        return flag("autoNow");
    }

    public boolean autoNowAdd() {
        return flag("autoNowAdd");
    }

    /** Return the maximum length, or null when unlimited. */
    public Integer maxLength() {
        return (Integer) options.get("maxLength");
    }

    /** Return the maximum number of digits of a decimal field. */
    public Integer maxDigits() {
        return (Integer) options.get("maxDigits");
    }

    /** Return the decimal places of a decimal field. */
    public Integer decimalPlaces() {
        return (Integer) options.get("decimalPlaces");
    }

    /** Return the database default literal, or null for none. */
    public String dbDefault() {
        String[] value = (String[]) options.get("dbDefault");
        return value == null || value.length == 0 ? null : value[0];
    }

    /** Return the allowed values as text (enum constant names for enum fields); empty when unlimited. */
    public List<String> choices() {
        return choices;
    }

    /** Return the human-readable name. */
    public String verboseName() {
        String declared = (String) options.getOrDefault("verboseName", "");
        return declared.isEmpty() ? snakeCase(name).replace('_', ' ') : declared;
    }

    /** Return whether the database generates this field's values. */
    public boolean isAuto() {
        return kind.isAuto();
    }

    private boolean flag(String option) {
        return Boolean.TRUE.equals(options.get(option));
    }

    // ---------------------------------------------------------------- values

    /** Return this field's value on {@code instance}: for a relation held in a {@code Ref}, the key. */
    public Object get(Object instance) {
        Object value = accessor().get(instance);
        return holdsValue ? kind.unwrap(this, value) : value;
    }

    /** Return the Java field's own content on {@code instance}: for a relation, its holder. */
    public Object holder(Object instance) {
        return accessor().get(instance);
    }

    /** Set this field's value on {@code instance}; null leaves a primitive field unchanged. */
    public void set(Object instance, Object value) {
        if (holdsValue) {
            kind.store(this, accessor().get(instance), value);
            return;
        }
        if (javaType.isPrimitive()) {
            if (value != null) {
                // The handle converts as the language would: an Integer widens into a long field.
                handle.set(instance, value);
            }
            return;
        }
        accessor().set(instance, value);
    }

    /** Return the accessor of the Java field; see {@link FieldAccessor}. */
    FieldAccessor accessor() {
        FieldAccessor current = accessor;
        if (current == null) {
            current = FieldAccessor.of(javaField, handle);
            accessor = current;
        }
        return current;
    }

    /** Return whether the Java field can be assigned (it is not final). */
    boolean writable() {
        return handle.isAccessModeSupported(VarHandle.AccessMode.SET);
    }

    /** Return whether the Java field holds an object that keeps the value; see {@link FieldKind#holdsValue()}. */
    boolean holdsValue() {
        return holdsValue;
    }

    /** Return the driver value for {@code value} on {@code connection}. */
    public Object toDb(Object value, DatabaseWrapper connection) {
        return value == null ? null : connection.ops().adapt(valueType(), kind.toCanonical(this, value));
    }

    /** Return the loader of this field's column on {@code connection}; see {@link ColumnLoader#of}. */
    public ColumnLoader loader(DatabaseWrapper connection) {
        LoaderFor current = loader;
        if (current == null || current.connection() != connection) {
            current = new LoaderFor(connection, ColumnLoader.of(this, connection));
            loader = current;
        }
        return current.loader();
    }

    /** Return whether the kind reads this field's values as they come; see {@link FieldKind#readsAsIs(Field)}. */
    boolean readsAsIs() {
        return kind.readsAsIs(this);
    }

    /** Return a reader of this field's column on {@code connection}, giving values of the field's Java type. */
    public ValueReader reader(DatabaseWrapper connection) {
        ValueReader raw = connection.ops().reader(valueType());
        if (readsAsIs()) {
            return raw;
        }
        return (rs, index) -> {
            Object value = raw.read(rs, index);
            return value == null ? null : kind.fromCanonical(this, value);
        };
    }

    /** Return the messages for what is wrong with {@code value}; empty when it is valid. */
    public List<String> clean(Object value) {
        List<String> errors = new ArrayList<>();
        if (value == null) {
            if (!nullable() && !isAuto()) {
                errors.add("This field cannot be null.");
            }
            return errors;
        }
        Object canonical = value instanceof Enum<?> constant ? constant.name() : value;
        if (!blank() && canonical instanceof String text && text.isEmpty()) {
            errors.add("This field cannot be blank.");
            return errors;
        }
        if (!choices.isEmpty() && !choices.contains(canonical.toString())) {
            errors.add("Value '" + canonical + "' is not a valid choice.");
        }
        kind.validate(this, value, errors);
        for (Validator validator : validators) {
            validator.validate(value).ifPresent(errors::add);
        }
        return errors;
    }

    /** Return the column description the schema editor needs. */
    public ColumnSpec columnSpec() {
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, Object> typeOptions = kind.columnTypeSource(this).options;
        for (String key : List.of("maxLength", "maxDigits", "decimalPlaces")) {
            if (typeOptions.containsKey(key)) {
                params.put(key, typeOptions.get(key));
            }
        }
        return new ColumnSpec(column, valueType(), params, nullable(), primaryKey(), unique() && !primaryKey(),
                typedDbDefault(), kind.reference(this));
    }

    private Object typedDbDefault() {
        String text = dbDefault();
        if (text == null) {
            return null;
        }
        Class<?> type = valueType().javaType();
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.parseBoolean(text);
        }
        boolean numeric = type.isPrimitive() || Number.class.isAssignableFrom(type);
        return numeric ? new java.math.BigDecimal(text) : text;
    }

    @Override
    public String toString() {
        return model.getSimpleName().toLowerCase(Locale.ROOT) + "." + name;
    }
}
