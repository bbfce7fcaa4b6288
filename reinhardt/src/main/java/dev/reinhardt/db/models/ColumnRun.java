package dev.reinhardt.db.models;

import dev.reinhardt.db.models.fields.ColumnLoader;

import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Load a run of consecutive columns of a row into one instance with their
 * {@link ColumnLoader}s. A loop over the loaders makes each call a
 * megamorphic one the JIT cannot inline, so the runs of query shapes that are
 * kept (see {@link ModelRowPlan}) get a class spun for them, whose code calls
 * each column's loader as a constant: one call site per column, which the
 * JIT can bind to its one loader and inline.
 */
abstract class ColumnRun {

    private static final ClassDesc SELF = ClassDesc.of(ColumnRun.class.getName());
    private static final ClassDesc LOADER = ClassDesc.of(ColumnLoader.class.getName());
    private static final MethodTypeDesc LOAD = MethodTypeDesc.of(ConstantDescs.CD_void,
            ClassDesc.of(ResultSet.class.getName()), ConstantDescs.CD_int, ConstantDescs.CD_Object);

    /** The most spun runs a model keeps; see {@link Options#columnRuns()}. */
    private static final int MAX_SHARED = 256;

    /** The loaders of a run (compared by identity) and the index of its first column. */
    private record RunKey(List<ColumnLoader> loaders, int start) {
    }

    /** Read this run's columns of the current row of {@code rs} into {@code instance}. */
    abstract void load(ResultSet rs, Object instance) throws SQLException;

    /**
     * Return the run of the columns {@code start} (0-based) to {@code end}
     * (excluded) with {@code loaders}. {@code spun}, the spun runs of the
     * model the columns fill, is given for the plans that many queries share,
     * which are worth a class of their own: the shapes of queries that differ
     * only in their conditions (an {@code in} list of another length is
     * another shape) select the same columns and share one; null for a plan of
     * one query.
     */
    static ColumnRun of(ColumnLoader[] loaders, int start, int end, Map<Object, ColumnRun> spun) {
        ColumnLoader[] run = Arrays.copyOfRange(loaders, start, end);
        if (spun == null) {
            return new Loop(run, start);
        }
        RunKey key = new RunKey(Arrays.asList(run), start);
        ColumnRun shared = spun.get(key);
        if (shared != null) {
            return shared;
        }
        ColumnRun made;
        try {
            made = spun(run, start);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // A JVM that refuses the spun class still loads rows, a little slower.
            return new Loop(run, start);
        }
        if (spun.size() >= MAX_SHARED) {
            // Loaders made for another connection are other keys: start again rather than grow.
            spun.clear();
        }
        shared = spun.putIfAbsent(key, made);
        return shared != null ? shared : made;
    }

    private static ColumnRun spun(ColumnLoader[] run, int start) throws ReflectiveOperationException {
        List<ColumnLoader> constants = new ArrayList<>();
        for (ColumnLoader loader : run) {
            if (loader != null) {
                constants.add(loader);
            }
        }
        byte[] bytes = ClassFile.of().build(ClassDesc.of(ColumnRun.class.getName() + "$Spun"), cls -> {
            cls.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cls.withSuperclass(SELF);
            cls.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, 0, code -> code
                    .aload(0).invokespecial(SELF, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void).return_());
            cls.withMethodBody("load", MethodTypeDesc.of(ConstantDescs.CD_void, ClassDesc.of(ResultSet.class.getName()),
                    ConstantDescs.CD_Object), 0, code -> {
                int constant = 0;
                for (int i = 0; i < run.length; i++) {
                    if (run[i] != null) {
                        code.ldc(DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT,
                                ConstantDescs.DEFAULT_NAME, LOADER, constant++));
                        code.aload(1).loadConstant(start + i + 1).aload(2).invokeinterface(LOADER, "load", LOAD);
                    }
                }
                code.return_();
            });
        });
        MethodHandles.Lookup lookup = MethodHandles.lookup()
                .defineHiddenClassWithClassData(bytes, List.copyOf(constants), true);
        try {
            return (ColumnRun) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The run as a loop over its loaders: for plans made for one query. */
    private static final class Loop extends ColumnRun {

        private final ColumnLoader[] loaders;
        private final int start;

        Loop(ColumnLoader[] loaders, int start) {
            this.loaders = loaders;
            this.start = start;
        }

        @Override
        void load(ResultSet rs, Object instance) throws SQLException {
            for (int i = 0; i < loaders.length; i++) {
                ColumnLoader loader = loaders[i];
                if (loader != null) {
                    loader.load(rs, start + i + 1, instance);
                }
            }
        }
    }
}
