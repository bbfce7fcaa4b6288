package dev.reinhardt.db.models.fields;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes one Java field of model instances as compiled code
 * would: a small class is spun per field whose methods are a plain
 * {@code getfield}/{@code putfield}. A {@link VarHandle} kept in a
 * {@link Field} is no constant to the JIT, so each access through it
 * takes indirect calls and checks; turning rows into instances does
 * several per row. Stateless and thread-safe.
 *
 * <p>{@link #set} stores references only; a primitive field takes its
 * value through the typed setters, or through the field's {@code VarHandle}
 * when the value is boxed (see {@link Field#set}).
 */
public abstract class FieldAccessor {

    private static final ClassDesc SELF = ClassDesc.of(FieldAccessor.class.getName());

    /**
     * The accessors spun so far by declaring class and field name: every
     * model's implicit {@code id} is the one {@code Model.id}. Kept as long
     * as the class is.
     */
    private static final ClassValue<Map<String, FieldAccessor>> SPUN = new ClassValue<>() {
        @Override
        protected Map<String, FieldAccessor> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** For the spun subclasses only. */
    protected FieldAccessor() {
    }

    /** Return the field's value on {@code instance}, boxed when primitive. */
    public abstract Object get(Object instance);

    /**
     * Store {@code value} (of the field's type, or null) in the reference field on {@code instance}.
     *
     * @throws ClassCastException            when the value is of another type
     * @throws UnsupportedOperationException when the field is final or primitive
     */
    public void set(Object instance, Object value) {
        throw new UnsupportedOperationException("Not a writable reference field.");
    }

    /** Store {@code value} in the {@code int} field on {@code instance}. */
    public void setInt(Object instance, int value) {
        throw new UnsupportedOperationException("Not a writable int field.");
    }

    /** Store {@code value} in the {@code long} field on {@code instance}. */
    public void setLong(Object instance, long value) {
        throw new UnsupportedOperationException("Not a writable long field.");
    }

    /** Store {@code value} in the {@code double} field on {@code instance}. */
    public void setDouble(Object instance, double value) {
        throw new UnsupportedOperationException("Not a writable double field.");
    }

    /** Store {@code value} in the {@code boolean} field on {@code instance}. */
    public void setBoolean(Object instance, boolean value) {
        throw new UnsupportedOperationException("Not a writable boolean field.");
    }

    /**
     * Return the accessor of {@code javaField}, spun as a nestmate of its class;
     * one going through {@code handle} when the class cannot be spun there.
     */
    static FieldAccessor of(java.lang.reflect.Field javaField, VarHandle handle) {
        Map<String, FieldAccessor> spunHere = SPUN.get(javaField.getDeclaringClass());
        FieldAccessor spun = spunHere.get(javaField.getName());
        if (spun != null) {
            return spun;
        }
        try {
            spun = spin(javaField);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return new ThroughHandle(handle);
        }
        FieldAccessor earlier = spunHere.putIfAbsent(javaField.getName(), spun);
        return earlier != null ? earlier : spun;
    }

    private static FieldAccessor spin(java.lang.reflect.Field javaField) throws ReflectiveOperationException {
        Class<?> owner = javaField.getDeclaringClass();
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
        ClassDesc ownerDesc = ClassDesc.ofDescriptor(owner.descriptorString());
        Class<?> type = javaField.getType();
        ClassDesc typeDesc = ClassDesc.ofDescriptor(type.descriptorString());
        String name = javaField.getName();
        boolean writable = !Modifier.isFinal(javaField.getModifiers());
        ClassDesc spun = ClassDesc.of(owner.getName() + "$FieldAccessor");
        byte[] bytes = ClassFile.of().build(spun, cls -> {
            cls.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cls.withSuperclass(SELF);
            cls.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC, code -> code
                    .aload(0).invokespecial(SELF, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void).return_());
            cls.withMethodBody("get", MethodTypeDesc.of(ConstantDescs.CD_Object, ConstantDescs.CD_Object),
                    ClassFile.ACC_PUBLIC, code -> {
                        code.aload(1).checkcast(ownerDesc).getfield(ownerDesc, name, typeDesc);
                        if (type.isPrimitive()) {
                            box(code, type);
                        }
                        code.areturn();
                    });
            if (!writable) {
                return;
            }
            if (!type.isPrimitive()) {
                cls.withMethodBody("set", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_Object,
                        ConstantDescs.CD_Object), ClassFile.ACC_PUBLIC, code -> code
                        .aload(1).checkcast(ownerDesc).aload(2).checkcast(typeDesc)
                        .putfield(ownerDesc, name, typeDesc).return_());
                return;
            }
            String setter = switch (type.getName()) {
                case "int" -> "setInt";
                case "long" -> "setLong";
                case "double" -> "setDouble";
                case "boolean" -> "setBoolean";
                default -> null;
            };
            if (setter != null) {
                cls.withMethodBody(setter, MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_Object, typeDesc),
                        ClassFile.ACC_PUBLIC, code -> code
                                .aload(1).checkcast(ownerDesc).loadLocal(TypeKind.from(typeDesc), 2)
                                .putfield(ownerDesc, name, typeDesc).return_());
            }
        });
        Class<?> made = lookup.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE).lookupClass();
        try {
            return (FieldAccessor) lookup.findConstructor(made, MethodType.methodType(void.class)).invoke();
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static void box(CodeBuilder code, Class<?> primitive) {
        ClassDesc wrapper = ClassDesc.ofDescriptor(MethodType.methodType(primitive).wrap().returnType()
                .descriptorString());
        code.invokestatic(wrapper, "valueOf", MethodTypeDesc.of(wrapper,
                ClassDesc.ofDescriptor(primitive.descriptorString())));
    }

    /** The accessor of a field whose class cannot be spun beside it: its {@code VarHandle}. */
    private static final class ThroughHandle extends FieldAccessor {

        private final VarHandle handle;

        ThroughHandle(VarHandle handle) {
            this.handle = handle;
        }

        @Override
        public Object get(Object instance) {
            return handle.get(instance);
        }

        @Override
        public void set(Object instance, Object value) {
            handle.set(instance, value);
        }

        @Override
        public void setInt(Object instance, int value) {
            handle.set(instance, value);
        }

        @Override
        public void setLong(Object instance, long value) {
            handle.set(instance, value);
        }

        @Override
        public void setDouble(Object instance, double value) {
            handle.set(instance, value);
        }

        @Override
        public void setBoolean(Object instance, boolean value) {
            handle.set(instance, value);
        }
    }
}
