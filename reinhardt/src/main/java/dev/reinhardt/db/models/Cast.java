package dev.reinhardt.db.models;

import dev.reinhardt.db.backends.base.Sql;
import dev.reinhardt.db.backends.base.ValueType;
import dev.reinhardt.db.models.fields.FieldKinds;
import dev.reinhardt.db.models.sql.SqlCompiler;

import java.math.BigDecimal;
import java.util.Map;

/** Convert an expression to another field type: {@code new Cast("price", "IntegerField")}. */
public final class Cast extends Func {

    private static final Map<String, Class<?>> JAVA_TYPES = Map.of("IntegerField", Integer.class,
            "BigIntegerField", Long.class, "SmallIntegerField", Short.class, "FloatField", Double.class,
            "TextField", String.class, "BooleanField", Boolean.class, "DecimalField", BigDecimal.class,
            "DateField", java.time.LocalDate.class);

    private final String internalType;

    /**
     * Cast {@code expression} to {@code internalType}.
     *
     * @throws IllegalArgumentException naming the supported types when the type is not one of them
     */
    public Cast(Object expression, String internalType) {
        super("CAST", expression);
        if (!JAVA_TYPES.containsKey(internalType)) {
            throw new IllegalArgumentException("Cannot cast to '" + internalType + "'. Choices are: "
                    + String.join(", ", JAVA_TYPES.keySet().stream().sorted().toList()) + ".");
        }
        FieldKinds.get(internalType);
        this.internalType = internalType;
    }

    @Override
    public Sql asSql(SqlCompiler compiler) {
        Sql inner = compiler.compile(args().getFirst());
        String dbType = compiler.connection().dataTypes().get(internalType);
        if (internalType.equals("DecimalField")) {
            dbType = "numeric";
        }
        return new Sql(compiler.connection().ops().castSql(inner.sql(), dbType), inner.params());
    }

    @Override
    public ValueType outputType() {
        return new ValueType(internalType, JAVA_TYPES.get(internalType));
    }
}
